package io.newsmonitor.query.view;

import io.newsmonitor.events.EnrichedArticle;
import java.time.Instant;
import java.util.Comparator;

/** The order in which the view lists articles. */
final class ArticleOrder {

    /**
     * Latest enrichment first; articles without a time go last. Ties are broken by receipt time and
     * finally by id, which is unique, so two articles never compare as equal.
     */
    static final Comparator<EnrichedArticle> NEWEST_FIRST = Comparator
            .comparing(EnrichedArticle::enrichedAt, Comparator.nullsLast(Comparator.<Instant>reverseOrder()))
            .thenComparing(EnrichedArticle::receivedAt, Comparator.nullsLast(Comparator.<Instant>reverseOrder()))
            .thenComparing(EnrichedArticle::id);

    private ArticleOrder() {
    }
}
