package io.newsmonitor.query.watch;

import io.newsmonitor.events.ArticleAlert;
import io.newsmonitor.query.watch.WatchlistFile.Saved;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;

/**
 * The saved watchlists with their latest alerts and the {@link AlertCheckpoint}, in one JSON file rewritten
 * atomically (a temporary file moved over the old one), so that a crash never leaves half a file. The file
 * never claims more than Kafka confirmed: a write takes a snapshot, waits until the broker acknowledged
 * every alert sent up to it, then writes the snapshot.
 */
public final class WatchlistStore {

    /** Alerts kept per watchlist; older ones remain on the alerts topic. */
    public static final int ALERTS_KEPT = 500;
    /** How long a write of the file waits for Kafka to acknowledge an alert; past the producer's delivery timeout. */
    static final Duration ACK_TIMEOUT = Duration.ofMinutes(3);

    private static final Logger LOG = Logger.getLogger(WatchlistStore.class);

    /** An alert sent to Kafka and not yet saved, with the broker's acknowledgement to come. */
    private record Sending(ArticleAlert alert, CompletionStage<Void> acknowledged) {
    }

    private final Path file;
    private final Clock clock;
    private final Map<String, Saved> byId = new LinkedHashMap<>();
    /** How far articles were checked in this run: ahead of the file until the next write. */
    private final Map<Integer, Long> checkedUpTo = new HashMap<>();
    private final List<Sending> sending = new ArrayList<>();
    /** Held while the file is written, so that an older snapshot never overwrites a newer one. */
    private final Object writing = new Object();
    /** The checkpoint as the file holds it. */
    private AlertCheckpoint saved = AlertCheckpoint.NONE;
    private boolean unsaved;
    /** Kafka refused an alert: the file's checkpoint stays before it, so that the next start checks it again. */
    private boolean held;

    public WatchlistStore(Path file) {
        this(file, Clock.systemUTC());
    }

    public WatchlistStore(Path file, Clock clock) {
        this.file = file;
        this.clock = clock;
        WatchlistFile.Content content = WatchlistFile.read(file);
        saved = new AlertCheckpoint(content.savedAt(), content.checkedUpTo());
        checkedUpTo.putAll(saved.checkedUpTo());
        content.watchlists().forEach(s -> byId.put(s.watchlist().id(), s));
    }

    public synchronized List<Watchlist> all() {
        return byId.values().stream().map(Saved::watchlist).toList();
    }

    public void add(Watchlist watchlist) {
        synchronized (this) {
            byId.put(watchlist.id(), new Saved(watchlist, List.of()));
        }
        save();
    }

    /** @return whether a watchlist with this id existed */
    public boolean remove(String id) {
        synchronized (this) {
            if (byId.remove(id) == null) {
                return false;
            }
        }
        save();
        return true;
    }

    /** The watchlist's alerts, newest first, or empty when there is no such watchlist. */
    public synchronized Optional<List<ArticleAlert>> alerts(String id) {
        return Optional.ofNullable(byId.get(id)).map(Saved::alerts);
    }

    /** The checkpoint the file holds. */
    public synchronized AlertCheckpoint checkpoint() {
        return saved;
    }

    /** Whether the article at this position was already checked (never, for an unknown position). */
    public synchronized boolean isChecked(RecordPosition at) {
        if (at == null) {
            return false;
        }
        Long next = checkedUpTo.get(at.partition());
        return next != null && at.offset() < next;
    }

    /** Notes that the article at this position was checked and its alerts recorded; the next write saves it. */
    public synchronized void checked(RecordPosition at) {
        if (at != null) {
            checkedUpTo.merge(at.partition(), at.offset() + 1, Math::max);
        }
    }

    /**
     * Records an alert and sends it, unless the watchlist already alerted on that article (a replayed or
     * re-enriched one). No write of the file can fall between the two, and the next write waits for the
     * broker's acknowledgement: a group of alerts then costs one write of the file instead of one each.
     *
     * @return whether the alert is new; false too when the watchlist was deleted meanwhile
     */
    public synchronized boolean recordAndSend(ArticleAlert alert, AlertSink sink) {
        if (!record(alert)) {
            return false;
        }
        CompletionStage<Void> acknowledged;
        try {
            acknowledged = sink.publish(alert);
        } catch (RuntimeException e) {
            // Not sent at all (the channel refused it): the next write treats it as refused by Kafka.
            acknowledged = CompletableFuture.failedFuture(e);
        }
        sending.add(new Sending(alert, acknowledged));
        return true;
    }

    /**
     * Records alerts read back from the alerts topic (sent before a crash, not saved), without sending them.
     *
     * @return how many were not recorded yet
     */
    public synchronized int recordSent(List<ArticleAlert> sent) {
        int recorded = 0;
        for (ArticleAlert alert : sent) {
            recorded += !leftTheHistory(alert) && record(alert) ? 1 : 0;
        }
        return recorded;
    }

    /** Whether the alert is older than every one a full history keeps: saved once, then pushed out by newer ones. */
    private boolean leftTheHistory(ArticleAlert alert) {
        Saved kept = byId.get(alert.watchlistId());
        return kept != null && kept.alerts().size() >= ALERTS_KEPT
                && alert.alertedAt().isBefore(kept.alerts().get(kept.alerts().size() - 1).alertedAt());
    }

    private boolean record(ArticleAlert alert) {
        Saved kept = byId.get(alert.watchlistId());
        if (kept == null || kept.alerts().stream().anyMatch(a -> a.articleId().equals(alert.articleId()))) {
            return false;
        }
        List<ArticleAlert> alerts = new ArrayList<>(kept.alerts().size() + 1);
        alerts.add(alert);
        alerts.addAll(kept.alerts().subList(0, Math.min(kept.alerts().size(), ALERTS_KEPT - 1)));
        byId.put(alert.watchlistId(), new Saved(kept.watchlist(), alerts));
        unsaved = true;
        return true;
    }

    /** Writes the file when alerts were recorded since it was last written. */
    public void saveChanges() {
        boolean due;
        synchronized (this) {
            due = unsaved;
        }
        if (due) {
            save();
        }
    }

    /**
     * Writes what the store holds at this moment once Kafka acknowledged its alerts. The wait happens outside
     * the store's lock, so that alerts go on being recorded and sent meanwhile; they are in the next write.
     */
    private void save() {
        synchronized (writing) {
            Instant now;
            List<Sending> sent;
            Map<Integer, Long> checked;
            List<Saved> content;
            synchronized (this) {
                // Taken with the snapshot: any alert the file does not hold is sent after this instant.
                now = clock.instant();
                sent = List.copyOf(sending);
                sending.clear();
                checked = Map.copyOf(checkedUpTo);
                content = List.copyOf(byId.values());
                unsaved = false;
            }
            List<ArticleAlert> refused = refused(sent);
            AlertCheckpoint next;
            synchronized (this) {
                refused.forEach(this::forget);
                held |= !refused.isEmpty();
                next = held ? saved : new AlertCheckpoint(now, checked);
            }
            try {
                WatchlistFile.write(file, new WatchlistFile.Content(next.savedAt(), next.checkedUpTo(), without(content, refused)));
            } catch (UncheckedIOException e) {
                synchronized (this) {
                    unsaved = true;
                }
                throw e;
            }
            synchronized (this) {
                saved = next;
            }
        }
    }

    /**
     * Waits for the broker to acknowledge these alerts. A refused one is dropped from the history: the
     * article is checked again at the next start, which raises it again if the topic does not hold it.
     *
     * @return the alerts Kafka did not take
     */
    private List<ArticleAlert> refused(List<Sending> sent) {
        List<ArticleAlert> refused = new ArrayList<>();
        for (Sending next : sent) {
            try {
                next.acknowledged().toCompletableFuture().get(ACK_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (ExecutionException | TimeoutException e) {
                refused.add(next.alert());
                LOG.errorf("Kafka did not take the alert of watchlist %s for article %s (%s). The alert is checked"
                        + " again when the service next starts; restart it once Kafka is reachable.",
                        next.alert().watchlistId(), next.alert().articleId(),
                        String.valueOf(e.getCause() == null ? e : e.getCause()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                synchronized (this) {
                    sending.addAll(0, sent);
                    unsaved = true;
                }
                throw new IllegalStateException("Interrupted while waiting for Kafka to acknowledge the alerts;"
                        + " the watchlists file was not written and keeps its previous content", e);
            }
        }
        return refused;
    }

    private static List<Saved> without(List<Saved> content, List<ArticleAlert> refused) {
        if (refused.isEmpty()) {
            return content;
        }
        return content.stream().map(s -> new Saved(s.watchlist(), s.alerts().stream()
                .filter(a -> refused.stream().noneMatch(r -> r.watchlistId().equals(a.watchlistId())
                        && r.articleId().equals(a.articleId())))
                .toList())).toList();
    }

    private void forget(ArticleAlert alert) {
        Saved kept = byId.get(alert.watchlistId());
        if (kept != null) {
            byId.put(alert.watchlistId(), new Saved(kept.watchlist(),
                    kept.alerts().stream().filter(a -> !a.articleId().equals(alert.articleId())).toList()));
        }
    }
}
