package io.newsmonitor.ingest.publish;

import io.newsmonitor.events.RawArticle;
import io.newsmonitor.ingest.read.ArticleRejectedException;
import io.newsmonitor.ingest.config.IngestConfig;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

/**
 * Publishes raw articles to {@code articles.raw}, keyed by article id, and tells only once the
 * broker acknowledged them, so that callers move a file or answer a request only when the article is
 * safe. {@link #publish} sends and waits; {@link #send} and {@link #awaitAcknowledgement} let a caller
 * have several articles on their way at once and still act on each one only after its own acknowledgement.
 *
 * <p>At most one send per article id is with the producer at any time. A send that outlives the publish
 * timeout is not abandoned: the Kafka producer keeps it in its buffer and may still deliver it once the
 * broker is back. A later attempt for the same id therefore waits for that earlier send instead of adding
 * a second record to the topic; only once the producer has given up on it ({@code delivery.timeout.ms})
 * is the article sent again.
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
    /** Sends handed to the producer and not yet answered, or answered with an acknowledgement nobody collected. */
    private final ConcurrentMap<String, CompletableFuture<Void>> inFlight = new ConcurrentHashMap<>();

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

    /**
     * Blocks until the broker acknowledged the article, at most the publish timeout.
     *
     * @throws ArticleRejectedException the article is larger than the producer or the broker accepts: sending it
     *     again can never succeed
     */
    public void publish(RawArticle article) throws PublishException, ArticleRejectedException {
        awaitAcknowledgement(send(article));
    }

    /**
     * Hands the article to the producer and returns at once, so that several articles can wait for their
     * acknowledgements together; {@link #awaitAcknowledgement(Sending)} then tells whether the broker has it.
     * An article of the same id already with the producer is not sent a second time: the returned sending waits
     * for that earlier send.
     */
    public Sending send(RawArticle article) throws PublishException {
        long started = System.nanoTime();
        CompletableFuture<Void> acknowledged = inFlight.get(article.id());
        try {
            return new Sending(article, acknowledged == null ? handOver(article) : acknowledged, started);
        } catch (PublishException e) {
            listener.failed(article.id(), e);
            throw e;
        }
    }

    /**
     * Blocks until the broker acknowledged the sent article, at most the publish timeout from now.
     *
     * @throws ArticleRejectedException the article is larger than the producer or the broker accepts: sending it
     *     again can never succeed
     */
    public void awaitAcknowledgement(Sending sending) throws PublishException, ArticleRejectedException {
        RawArticle article = sending.article();
        String id = article.id();
        try {
            await(id, sending.acknowledged());
        } catch (PublishException e) {
            if (isTooLarge(e.getCause())) {
                throw new ArticleRejectedException(ArticleRejectedException.Reason.TOO_LARGE, article.fileName(),
                        String.format(Locale.ROOT, "%s holds an article (id %s, %d characters) that is too large "
                                + "for Kafka: %s. Split it into smaller articles, or raise the topic's "
                                + "max.message.bytes and ingest's INGEST_KAFKA_MAX_REQUEST_SIZE, then submit it again.",
                                article.fileName(), id, article.text().length(), e.getCause().getMessage()));
            }
            listener.failed(id, e);
            throw e;
        }
        inFlight.remove(id, sending.acknowledged());
        listener.acknowledged(id, Duration.ofNanos(System.nanoTime() - sending.startedNanos()));
    }

    // Refused for its size by the producer or the broker: permanent, unlike every other refusal.
    private static boolean isTooLarge(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof RecordTooLargeException || cause instanceof RecordBatchTooLargeException) {
                return true;
            }
        }
        return false;
    }

    private CompletableFuture<Void> handOver(RawArticle article) throws PublishException {
        String id = article.id();
        CompletableFuture<Void> acknowledged = new CompletableFuture<>();
        CompletableFuture<Void> earlier = inFlight.putIfAbsent(id, acknowledged);
        if (earlier != null) {
            // Another thread (an HTTP post of the same text) sent it a moment ago: wait for that send.
            return earlier;
        }
        // A refusal means the producer gave up on the record: forget it so that the next attempt sends again.
        acknowledged.whenComplete((ok, failure) -> {
            if (failure != null) {
                inFlight.remove(id, acknowledged);
            }
        });
        Message<RawArticle> message = Message.of(article,
                Metadata.of(OutgoingKafkaRecordMetadata.<String>builder().withKey(id).build()),
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
            inFlight.remove(id, acknowledged);
            throw new PublishException(id, "Article " + id
                    + " could not be handed to the Kafka producer (" + e.getMessage() + "): retry later.", e);
        }
        return acknowledged;
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
