package io.newsmonitor.query.view;

/** What an upsert did to the view. */
public enum UpsertOutcome {
    /** The id was new: the article is one more in the view. */
    ADDED,
    /** The view already held the id: the newer version took its place. */
    REPLACED
}
