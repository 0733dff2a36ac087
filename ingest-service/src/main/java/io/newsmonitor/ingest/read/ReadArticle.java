package io.newsmonitor.ingest.read;

import java.util.Objects;

/**
 * One article as read from an input; every field is published in {@code RawArticle}.
 *
 * @param text the article text, never blank
 * @param title the headline, or null
 * @param publishedAt the publication time exactly as the input states it, or null
 * @param url the address the article came from, or null
 * @param source the outlet or source, or null
 */
public record ReadArticle(String text, String title, String publishedAt, String url, String source) {

    public ReadArticle {
        Objects.requireNonNull(text, "text");
    }

    static ReadArticle ofText(String text) {
        return new ReadArticle(text, null, null, null, null);
    }
}
