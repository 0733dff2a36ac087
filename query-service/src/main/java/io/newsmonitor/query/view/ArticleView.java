package io.newsmonitor.query.view;

import io.newsmonitor.events.EnrichedArticle;
import io.newsmonitor.events.EventJson;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The materialised view of {@code articles.enriched}: the latest enriched version of each article,
 * keyed by id. Implementations must be safe for one writer (the consumer) and many readers (HTTP).
 * The implementation is a durable Lucene index ({@code io.newsmonitor.query.index.LuceneArticleView}),
 * whose reads see a write within a short refresh interval.
 */
public interface ArticleView {

    /**
     * Adds the article, or replaces the one with the same id (re-delivery, re-enrichment).
     *
     * @param json the article as JSON, kept as the view's copy: the record value the article was read from,
     *     so that the consumer's bytes are stored as they came instead of being written again
     * @return whether the id was new to the view
     */
    UpsertOutcome upsert(EnrichedArticle article, String json);

    /** As {@link #upsert(EnrichedArticle, String)}, writing the article as JSON first. */
    default UpsertOutcome upsert(EnrichedArticle article) {
        return upsert(article, EventJson.write(article));
    }

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

    /**
     * The articles matching the query's text and filters: the requested page, newest first, the total
     * and the top entities over all matches.
     */
    SearchResult search(ArticleQuery query);

    /** Every article matching the query's text and filters (its page is ignored), newest first. */
    List<EnrichedArticle> matching(ArticleQuery filter);

    /** Every article in the view at one moment, newest first; for aggregates such as top entities. */
    List<EnrichedArticle> all();

    /** How many articles reads see at this moment. */
    int count();

    /**
     * Blocks until reads see every write made so far. Reads may lag writes by a short refresh interval;
     * call this before telling anyone (the live stream, alerts) that a written article can be read.
     */
    void awaitVisible();

    /**
     * Runs {@code action} on a background thread once reads see every write made so far, without
     * blocking the caller; actions run one at a time in the order given. This is how the live stream and
     * alerts learn of new articles without making the writer wait for each refresh.
     */
    void whenVisible(Runnable action);

    /**
     * Runs {@code listener} on the same background thread after each group of {@link #whenVisible}
     * actions that one refresh made visible together: work worth doing once per group rather than once
     * per article, such as saving the alerts the group raised.
     */
    void afterEachVisibleGroup(Runnable listener);

    /** The resolved places of every article, as {@link PlaceMap#of} counts them, with the number of articles. */
    PlaceMap.Counted placeMap();

    /** The co-occurrence graph of every article, as {@link EntityGraph#of} computes it. */
    EntityGraph.Graph graph(Set<EntityType> types, int limit);
}
