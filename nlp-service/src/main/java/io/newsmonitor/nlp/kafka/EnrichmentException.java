package io.newsmonitor.nlp.kafka;

/**
 * A raw record that cannot be enriched: its value is not a raw article, or the pipeline failed on
 * it. Permanent: retrying the same record gives the same result, so it goes to the dead-letter topic.
 */
public final class EnrichmentException extends RuntimeException {

    public EnrichmentException(String message) {
        super(message);
    }

    public EnrichmentException(String message, Throwable cause) {
        super(message, cause);
    }
}
