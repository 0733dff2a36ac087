package io.newsmonitor.query.watch;

import io.newsmonitor.events.ArticleAlert;
import io.newsmonitor.events.EnrichedArticle;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Checks each newly indexed article against the saved watchlists and raises an alert for each match.
 * History is not alerted: an article enriched before the watchlist was saved is skipped, and an
 * article already alerted for a watchlist (replayed, re-enriched) is not alerted again.
 */
public final class WatchlistAlerts {

    private static final Logger LOG = Logger.getLogger(WatchlistAlerts.class);

    private final WatchlistStore store;
    private final AlertSink sink;
    private final Clock clock;

    public WatchlistAlerts(WatchlistStore store, AlertSink sink, Clock clock) {
        this.store = store;
        this.sink = sink;
        this.clock = clock;
    }

    /** @return the alerts raised for this article */
    public List<ArticleAlert> onIndexed(EnrichedArticle article) {
        Instant enrichedAt = article.enrichedAt() == null ? clock.instant() : article.enrichedAt();
        List<ArticleAlert> raised = new java.util.ArrayList<>();
        for (Watchlist watchlist : store.all()) {
            if (enrichedAt.isBefore(watchlist.createdAt())) {
                continue;
            }
            Optional<List<String>> matched = WatchlistMatcher.match(watchlist, article);
            if (matched.isEmpty()) {
                continue;
            }
            String title = article.title() != null ? article.title() : article.generatedTitle();
            ArticleAlert alert = new ArticleAlert(ArticleAlert.SCHEMA_VERSION, watchlist.id(), watchlist.name(),
                    article.id(), title, article.publishedAt(), matched.get(), clock.instant());
            if (store.record(alert)) {
                sink.publish(alert);
                raised.add(alert);
                LOG.infof("Alert for watchlist %s \"%s\": article %s matched %s.", watchlist.id(), watchlist.name(),
                        article.id(), matched.get());
            }
        }
        return raised;
    }
}
