package io.newsmonitor.ingest.publish;

import io.newsmonitor.events.RawArticle;
import io.newsmonitor.ingest.config.IngestConfig;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

/**
 * Publishes raw articles to {@code articles.raw}, keyed by article id, and returns only once the
 * broker acknowledged them, so that callers move a file or answer a request only when the article is
 * safe.
 */
@Singleton
public final class ArticlePublisher {

    /** The outgoing channel, bound to the topic {@link io.newsmonitor.events.Topics#RAW} in configuration. */
    public static final String CHANNEL = "articles-raw";

    /**
     * Room for concurrent HTTP posts waiting on their acks; the default of 128 would fail bursts with
     * "Insufficient downstream requests" while the broker is slow.
     */
    static final long BUFFER_SIZE = 1024;

    private final Emitter<RawArticle> emitter;
    private final Duration timeout;
    private final PublishListener listener;

    @Inject
    ArticlePublisher(
            @Channel(CHANNEL) @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = BUFFER_SIZE)
            Emitter<RawArticle> emitter,
            IngestConfig config, PublishListener listener) {
        this(emitter, config.publishTimeout(), listener);
    }

    public ArticlePublisher(Emitter<RawArticle> emitter, Duration timeout) {
        this(emitter, timeout, PublishListener.NONE);
    }

    public ArticlePublisher(Emitter<RawArticle> emitter, Duration timeout, PublishListener listener) {
        this.emitter = emitter;
        this.timeout = timeout;
        this.listener = listener;
    }

    /** Blocks until the broker acknowledged the article, at most the publish timeout. */
    public void publish(RawArticle article) throws PublishException {
        long started = System.nanoTime();
        try {
            send(article);
        } catch (PublishException e) {
            listener.failed(article.id(), e);
            throw e;
        }
        listener.acknowledged(article.id(), Duration.ofNanos(System.nanoTime() - started));
    }

    private void send(RawArticle article) throws PublishException {
        CompletableFuture<Void> acknowledged = new CompletableFuture<>();
        Message<RawArticle> message = Message.of(article,
                Metadata.of(OutgoingKafkaRecordMetadata.<String>builder().withKey(article.id()).build()),
                () -> {
                    acknowledged.complete(null);
                    return CompletableFuture.completedFuture(null);
                },
                failure -> {
                    acknowledged.completeExceptionally(failure);
                    return CompletableFuture.completedFuture(null);
                });
        try {
            emitter.send(message);
        } catch (RuntimeException e) {
            throw new PublishException(article.id(), "Article " + article.id()
                    + " could not be handed to the Kafka producer (" + e.getMessage() + "): retry later.", e);
        }
        await(article.id(), acknowledged);
    }

    private void await(String id, CompletableFuture<Void> acknowledged) throws PublishException {
        try {
            acknowledged.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new PublishException(id, "The broker did not acknowledge article " + id + " within "
                    + timeout.toMillis() + " ms (ingest.publish-timeout): check that Kafka is reachable; retry later.", e);
        } catch (ExecutionException e) {
            throw new PublishException(id, "The broker refused article " + id + ": " + e.getCause().getMessage()
                    + ". Retry later.", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PublishException(id, "Publishing article " + id
                    + " was interrupted because the service is stopping: retry later.", e);
        }
    }
}
