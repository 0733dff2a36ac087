package io.newsmonitor.query.live;

import io.newsmonitor.events.ArticleAlert;
import io.newsmonitor.query.view.ArticleSummary;
import io.quarkus.runtime.Startup;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import io.smallrye.mutiny.subscription.BackPressureFailure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * Fans newly enriched articles and watchlist alerts out to every live client. Nothing is kept: a client sees the articles
 * that arrive while it is connected, and loads the earlier ones from the list endpoint.
 */
@Startup
@ApplicationScoped
public class LiveArticleFeed {

    private static final Logger LOG = Logger.getLogger(LiveArticleFeed.class);

    private final BroadcastProcessor<ArticleSummary> processor = BroadcastProcessor.create();
    private final BroadcastProcessor<ArticleAlert> alertProcessor = BroadcastProcessor.create();
    private final Duration heartbeatInterval;
    private final int clientBufferSize;

    @Inject
    public LiveArticleFeed(LiveConfig config) {
        if (config.heartbeatSeconds() < 1) {
            throw new IllegalArgumentException("query.live.heartbeat-seconds must be at least 1, was "
                    + config.heartbeatSeconds() + "; set QUERY_LIVE_HEARTBEAT_SECONDS to a positive number");
        }
        if (config.clientBufferSize() < 1) {
            throw new IllegalArgumentException("query.live.client-buffer-size must be at least 1, was "
                    + config.clientBufferSize() + "; set QUERY_LIVE_CLIENT_BUFFER_SIZE to a positive number");
        }
        this.heartbeatInterval = Duration.ofSeconds(config.heartbeatSeconds());
        this.clientBufferSize = config.clientBufferSize();
    }

    /** Sends the article to every connected client. Called by one thread at a time (the consumer). */
    public synchronized void publish(ArticleSummary article) {
        processor.onNext(article);
    }

    /** Sends a watchlist alert to every connected client. */
    public synchronized void publishAlert(ArticleAlert alert) {
        alertProcessor.onNext(alert);
    }

    /** The alerts raised from now on, for one client; alerts are few, so a slow client keeps the latest. */
    public Multi<ArticleAlert> alerts() {
        return alertProcessor.onOverflow().buffer(clientBufferSize);
    }

    /** The articles published from now on, for one client, with that client's own buffer. */
    public Multi<ArticleSummary> articles() {
        return processor
                .onOverflow().buffer(clientBufferSize)
                .onFailure(BackPressureFailure.class).invoke(failure -> LOG.warnf(
                        "A live client read too slowly and missed more than %d articles; its stream is closed"
                                + " so that it reconnects and reloads the list.", clientBufferSize));
    }

    /**
     * A tick at once, then one every heartbeat interval, for one client. The first tick tells the
     * client that the stream is open before any article arrives.
     */
    public Multi<Instant> heartbeats() {
        // Mutiny's ticks start with an immediate tick 0.
        return Multi.createFrom().ticks()
                .every(heartbeatInterval)
                .onOverflow().drop()
                .map(tick -> Instant.now());
    }
}
