package io.newsmonitor.ingest.rest;

/** The JSON answer to an accepted post: the article id, and {@code published} once the broker acknowledged it. */
public record PublishedBody(String id, String status) {

    static PublishedBody published(String id) {
        return new PublishedBody(id, "published");
    }
}
