package io.newsmonitor.ingest.publish;

import io.newsmonitor.events.RawArticle;
import java.util.concurrent.CompletableFuture;

/**
 * An article handed to the producer by {@link ArticlePublisher#send(RawArticle)} and not yet known to be
 * acknowledged: pass it to {@link ArticlePublisher#awaitAcknowledgement(Sending)}.
 */
public final class Sending {

    private final RawArticle article;
    private final CompletableFuture<Void> acknowledged;
    private final long startedNanos;

    Sending(RawArticle article, CompletableFuture<Void> acknowledged, long startedNanos) {
        this.article = article;
        this.acknowledged = acknowledged;
        this.startedNanos = startedNanos;
    }

    /** The article on its way. */
    public RawArticle article() {
        return article;
    }

    CompletableFuture<Void> acknowledged() {
        return acknowledged;
    }

    long startedNanos() {
        return startedNanos;
    }
}
