package io.newsmonitor.events;

/**
 * Kafka topic names, declared once. Every record on these topics is keyed by the article id so that
 * per-article ordering, log compaction and idempotent upserts work.
 */
public final class Topics {

    /** Raw articles as ingest read them; value is a {@link RawArticle} in JSON. */
    public static final String RAW = "articles.raw";

    /** Enriched articles; compacted, so the latest event per article id is kept forever. */
    public static final String ENRICHED = "articles.enriched";

    /** Raw records that could not be enriched, with the reason in the record headers. */
    public static final String DLQ = "articles.dlq";

    /** Watchlist alerts: one record per article matching a saved query; value is an {@link ArticleAlert}. */
    public static final String ALERTS = "articles.alerts";

    /** Partitions of {@link #RAW}: enough for several enrichment consumers to share the load. */
    public static final int RAW_PARTITIONS = 6;

    /** Partitions of {@link #ENRICHED}. */
    public static final int ENRICHED_PARTITIONS = 6;

    /** Partitions of {@link #DLQ}. */
    public static final int DLQ_PARTITIONS = 1;

    /** Partitions of {@link #ALERTS}. */
    public static final int ALERTS_PARTITIONS = 1;

    /**
     * The largest record {@link #ENRICHED} and {@link #DLQ} accept, in bytes (their {@code max.message.bytes}; Kafka's
     * default is 1 MB). An enriched article carries its text twice, clean and original, so an article of the longest
     * text nlp-service admits (1 M characters, up to 3 MB of UTF-8) makes a record of up to about 7 MB. Consumers need
     * no setting for it: a fetch always returns at least one whole record.
     */
    public static final int LARGE_RECORD_BYTES = 16 * 1024 * 1024;

    private Topics() {
    }
}
