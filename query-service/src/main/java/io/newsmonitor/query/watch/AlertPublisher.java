package io.newsmonitor.query.watch;

import io.newsmonitor.events.ArticleAlert;
import io.newsmonitor.events.EventJson;
import io.newsmonitor.events.Topics;
import io.newsmonitor.query.live.LiveArticleFeed;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Sends each alert to {@link Topics#ALERTS}, keyed {@code watchlistId/articleId}, and to the live
 * stream's clients; tells when the broker acknowledged it (the producer is idempotent, {@code acks=all}).
 */
@ApplicationScoped
public class AlertPublisher implements AlertSink {

    /** The channel bound to {@link Topics#ALERTS}. */
    public static final String CHANNEL = "articles-alerts";

    private final Emitter<String> emitter;
    private final LiveArticleFeed live;

    @Inject
    public AlertPublisher(@Channel(CHANNEL) Emitter<String> emitter, LiveArticleFeed live) {
        this.emitter = emitter;
        this.live = live;
    }

    @Override
    public CompletionStage<Void> publish(ArticleAlert alert) {
        String key = alert.watchlistId() + "/" + alert.articleId();
        CompletableFuture<Void> sent = new CompletableFuture<>();
        emitter.send(Message.of(EventJson.write(alert))
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(key).build())
                .withAck(() -> {
                    sent.complete(null);
                    return CompletableFuture.completedFuture(null);
                })
                .withNack(failure -> {
                    sent.completeExceptionally(failure);
                    return CompletableFuture.completedFuture(null);
                }));
        live.publishAlert(alert);
        return sent;
    }
}
