package io.newsmonitor.query.watch;

import io.newsmonitor.events.ArticleAlert;
import io.newsmonitor.events.EnrichedArticle;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * Checks each newly indexed article against the saved watchlists and raises an alert for each match.
 * History is not alerted: an article enriched before the watchlist was saved is skipped, and an
 * article already alerted for a watchlist (replayed, re-enriched) is not alerted again. An article whose
 * record lies before the file's {@link AlertCheckpoint} was checked in an earlier run and is skipped; one
 * after it is checked again, and the alerts sent after the file was last written are read back from the
 * topic first ({@link #recoverSent}), so that a crash at any point neither loses nor repeats an alert.
 */
public final class WatchlistAlerts {

    /** Alerts read back start this long before the file was written, in case the clock was set back meanwhile. */
    static final Duration CLOCK_MARGIN = Duration.ofMinutes(5);

    private static final Logger LOG = Logger.getLogger(WatchlistAlerts.class);

    private final WatchlistStore store;
    private final AlertSink sink;
    private final Clock clock;
    private final Map<String, WatchlistMatcher> matchers = new ConcurrentHashMap<>();
    private final AtomicBoolean saveQueued = new AtomicBoolean();
    private final ExecutorService saver = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "query-watchlists-save");
        thread.setDaemon(true);
        return thread;
    });

    public WatchlistAlerts(WatchlistStore store, AlertSink sink, Clock clock) {
        this.store = store;
        this.sink = sink;
        this.clock = clock;
    }

    /**
     * Records the alerts that the alerts topic holds since the watchlists file was last written (sent just
     * before a crash, not saved), so that checking their articles again does not send them twice. Call it
     * once at start, before any article is checked.
     *
     * @return how many alerts the file did not hold
     */
    public int recoverSent(SentAlertReader topic) {
        Instant savedAt = store.checkpoint().savedAt();
        if (savedAt == null || store.all().isEmpty()) {
            return 0;
        }
        Instant from = savedAt.minus(CLOCK_MARGIN);
        int recovered = store.recordSent(topic.sentSince(from));
        store.saveChanges();
        LOG.infof("Read back the alerts sent since %s: %d of them were not in the watchlists file yet and are now.",
                from, recovered);
        return recovered;
    }

    /** As {@link #onIndexed(EnrichedArticle, RecordPosition)} for an article of unknown position. */
    public List<ArticleAlert> onIndexed(EnrichedArticle article) {
        return onIndexed(article, null);
    }

    /** @return the alerts raised for this article, saved with the watchlists before this returns */
    public List<ArticleAlert> onIndexed(EnrichedArticle article, RecordPosition at) {
        List<ArticleAlert> raised = onVisible(article, at);
        store.saveChanges();
        return raised;
    }

    /** As {@link #onVisible(EnrichedArticle, RecordPosition)} for an article of unknown position. */
    public List<ArticleAlert> onVisible(EnrichedArticle article) {
        return onVisible(article, null);
    }

    /**
     * As {@link #onIndexed}, but the alerts are saved with the watchlists by the next {@link #saveRaised()},
     * so that the articles one index refresh made visible cost one save.
     *
     * @param at where the article's record was, or null when unknown (it is then always checked)
     */
    public List<ArticleAlert> onVisible(EnrichedArticle article, RecordPosition at) {
        if (store.isChecked(at)) {
            return List.of();
        }
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
            if (store.recordAndSend(alert, sink)) {
                raised.add(alert);
                LOG.infof("Alert for watchlist %s \"%s\": article %s matched %s.", watchlist.id(), watchlist.name(),
                        article.id(), matched.get());
            }
        }
        store.checked(at);
        return raised;
    }

    /** Saves the alerts raised by {@link #onVisible} since the last save, once Kafka acknowledged them. */
    public void saveRaised() {
        store.saveChanges();
    }

    /**
     * As {@link #saveRaised()}, on a thread of its own: the caller (the index's announcer) goes on with the
     * next articles while Kafka acknowledges these alerts. Saves asked for while one waits to start are one.
     */
    public void saveRaisedInBackground() {
        if (saveQueued.compareAndSet(false, true)) {
            saver.execute(() -> {
                saveQueued.set(false);
                try {
                    store.saveChanges();
                } catch (RuntimeException e) {
                    LOG.errorf(e, "Cannot save the alerts raised so far: %s. They are read back from the alerts topic"
                            + " at the next start.", e.getMessage());
                }
            });
        }
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
