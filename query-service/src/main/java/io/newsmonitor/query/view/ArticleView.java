package io.newsmonitor.query.view;

import io.newsmonitor.events.EnrichedArticle;
import java.util.List;
import java.util.Optional;

/**
 * The materialised view of {@code articles.enriched}: the latest enriched version of each article,
 * keyed by id. Implementations must be safe for one writer (the consumer) and many readers (HTTP).
 * The first implementation keeps everything in memory; a durable index can replace it behind this
 * interface.
 */
public interface ArticleView {

    /**
     * Adds the article, or replaces the one with the same id (re-delivery, re-enrichment).
     *
     * @return whether the id was new to the view
     */
    UpsertOutcome upsert(EnrichedArticle article);

    /**
     * Removes the article with this id, as a tombstone on the compacted topic asks.
     *
     * @return true if the view held it
     */
    boolean remove(String id);

    Optional<EnrichedArticle> findById(String id);

    /**
     * One page of articles, newest first (by enrichment time, then receipt time, then id, so that
     * paging is stable), with the total at the same moment.
     *
     * @param limit at most this many items, at least 1
     * @param offset how many of the newest to skip, at least 0
     */
    ArticlePage page(int limit, int offset);

    /** Every article in the view at one moment, newest first; for aggregates such as top entities. */
    List<EnrichedArticle> all();

    /** How many articles the view holds. */
    int count();
}
