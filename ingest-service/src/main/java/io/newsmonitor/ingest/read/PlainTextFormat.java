package io.newsmonitor.ingest.read;

import java.util.List;

/** Plain text and Markdown: the decoded text is the article as it is (the reader only removes invisible formatting characters). */
final class PlainTextFormat {

    private PlainTextFormat() {
    }

    static List<ReadArticle> parse(String text) {
        return List.of(ReadArticle.ofText(text));
    }
}
