package io.newsmonitor.ingest.rest;

import java.util.List;

/**
 * The JSON answer to an accepted post: {@code published} once the broker acknowledged every article, or
 * {@code already-published} when every article had been published before and nothing was sent again.
 *
 * @param id the id of the first (usually only) article
 * @param ids the ids of all articles in the post, more than one for JSON Lines
 * @param status {@code published} or {@code already-published}
 */
public record PublishedBody(String id, List<String> ids, String status) {

    static PublishedBody published(List<String> ids) {
        return new PublishedBody(ids.get(0), List.copyOf(ids), "published");
    }

    static PublishedBody alreadyPublished(List<String> ids) {
        return new PublishedBody(ids.get(0), List.copyOf(ids), "already-published");
    }
}
