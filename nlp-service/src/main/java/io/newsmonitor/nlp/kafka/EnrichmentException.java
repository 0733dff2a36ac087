package io.newsmonitor.nlp.kafka;

/**
 * A raw record that cannot be enriched: its value is not a raw article, or the pipeline failed on
 * it. Permanent: retrying the same record gives the same result, so it goes to the dead-letter topic,
 * with the stage in {@link DeadLetterHeaders}.
 */
public final class EnrichmentException extends RuntimeException {

    /** The stage of a record whose value is not a raw article. */
    public static final String PARSE_STAGE = "parse";

    private final String stage;

    public EnrichmentException(String stage, String message) {
        super(message);
        this.stage = stage;
    }

    public EnrichmentException(String stage, String message, Throwable cause) {
        super(message, cause);
        this.stage = stage;
    }

    /** Where it failed: {@link #PARSE_STAGE}, or the pipeline stage ({@code entities}, {@code keywords} …). */
    public String stage() {
        return stage;
    }
}
