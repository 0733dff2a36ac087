package io.newsmonitor.ingest.publish;

/**
 * A transient failure: the broker did not acknowledge an article in time or refused it. The same
 * article can be published again later; its id stays the same, so a late duplicate is harmless.
 */
public final class PublishException extends Exception {

    private final String articleId;

    public PublishException(String articleId, String message, Throwable cause) {
        super(message, cause);
        this.articleId = articleId;
    }

    public String articleId() {
        return articleId;
    }
}
