package io.newsmonitor.nlp.meta;

import java.util.List;

/** The people a text credits: authors and reporters, editors, photographers, each in order of appearance. */
public record Bylines(List<String> authors, List<String> editors, List<String> photographers) {

    public Bylines {
        authors = List.copyOf(authors);
        editors = List.copyOf(editors);
        photographers = List.copyOf(photographers);
    }
}
