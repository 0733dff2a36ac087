package io.newsmonitor.query.search;

import java.util.List;

/**
 * A fragment of an article's text around words a search matched, with where they are in it. The
 * page marks them itself, so no HTML travels in the answer.
 *
 * @param text the fragment, plain text
 * @param marks {@code [start, end)} UTF-16 offsets into {@link #text()} of each matched word, in order
 */
public record Highlight(String text, List<int[]> marks) {

    public Highlight {
        marks = List.copyOf(marks);
    }
}
