package io.newsmonitor.query.watch;

import io.newsmonitor.events.ArticleAlert;
import io.newsmonitor.events.EnrichedArticle;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
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
    private final Map<String, WatchlistMatcher> matchers = new ConcurrentHashMap<>();

    public WatchlistAlerts(WatchlistStore store, AlertSink sink, Clock clock) {
        this.store = store;
        this.sink = sink;
        this.clock = clock;
    }

    /** @return the alerts raised for this article, saved with the watchlists before this returns */
    public List<ArticleAlert> onIndexed(EnrichedArticle article) {
        List<ArticleAlert> raised = onVisible(article);
        store.saveChanges();
        return raised;
    }

    /**
     * As {@link #onIndexed}, but the alerts are saved with the watchlists by the next {@link #saveRaised()},
     * so that the articles one index refresh made visible cost one save.
     */
    public List<ArticleAlert> onVisible(EnrichedArticle article) {
        Instant enrichedAt = article.enrichedAt() == null ? clock.instant() : article.enrichedAt();
        List<ArticleAlert> raised = new ArrayList<>();
        String text = null;
        for (WatchlistMatcher matcher : matchers()) {
            Watchlist watchlist = matcher.watchlist();
            if (enrichedAt.isBefore(watchlist.createdAt())) {
                continue;
            }
            if (text == null && matcher.needsText()) {
                text = WatchlistMatcher.searchableText(article);
            }
            Optional<List<String>> matched = matcher.match(article, text);
            if (matched.isEmpty()) {
                continue;
            }
            String title = article.title() != null ? article.title() : article.generatedTitle();
            ArticleAlert alert = new ArticleAlert(ArticleAlert.SCHEMA_VERSION, watchlist.id(), watchlist.name(),
                    article.id(), title, article.publishedAt(), matched.get(), clock.instant());
            if (store.recordUnsaved(alert)) {
                sink.publish(alert);
                raised.add(alert);
                LOG.infof("Alert for watchlist %s \"%s\": article %s matched %s.", watchlist.id(), watchlist.name(),
                        article.id(), matched.get());
            }
        }
        return raised;
    }

    /** Saves the alerts raised by {@link #onVisible} since the last save. */
    public void saveRaised() {
        store.saveChanges();
    }

    /** A matcher per saved watchlist, made again only when the watchlist changed. */
    private List<WatchlistMatcher> matchers() {
        List<Watchlist> watchlists = store.all();
        List<WatchlistMatcher> current = new ArrayList<>(watchlists.size());
        for (Watchlist watchlist : watchlists) {
            current.add(matchers.compute(watchlist.id(), (id, made) ->
                    made != null && made.watchlist().equals(watchlist) ? made : WatchlistMatcher.of(watchlist)));
        }
        if (matchers.size() > current.size()) {
            matchers.keySet().retainAll(watchlists.stream().map(Watchlist::id).toList());
        }
        return current;
    }
}
