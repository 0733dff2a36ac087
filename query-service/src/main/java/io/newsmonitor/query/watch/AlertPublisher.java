package io.newsmonitor.query.watch;

import io.newsmonitor.events.ArticleAlert;
import io.newsmonitor.events.EventJson;
import io.newsmonitor.events.Topics;
import io.newsmonitor.query.live.LiveArticleFeed;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Sends each alert to {@link Topics#ALERTS}, keyed {@code watchlistId/articleId}, and to the live
 * stream's clients.
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
    public void publish(ArticleAlert alert) {
        String key = alert.watchlistId() + "/" + alert.articleId();
        emitter.send(Message.of(EventJson.write(alert))
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(key).build()));
        live.publishAlert(alert);
    }
}
