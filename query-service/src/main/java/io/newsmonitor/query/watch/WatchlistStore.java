package io.newsmonitor.query.watch;

import com.fasterxml.jackson.core.type.TypeReference;
import io.newsmonitor.events.ArticleAlert;
import io.newsmonitor.events.EventJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The saved watchlists with their latest alerts, in one JSON file rewritten atomically (a temporary
 * file moved over the old one) on every change, so that a crash never leaves half a file.
 */
public final class WatchlistStore {

    /** Alerts kept per watchlist; older ones remain on the alerts topic. */
    public static final int ALERTS_KEPT = 500;

    /** One watchlist as saved: its definition and its alerts, newest first. */
    record Saved(Watchlist watchlist, List<ArticleAlert> alerts) {
        Saved {
            alerts = alerts == null ? List.of() : List.copyOf(alerts);
        }
    }

    private final Path file;
    private final Map<String, Saved> byId = new LinkedHashMap<>();
    private boolean unsaved;

    public WatchlistStore(Path file) {
        this.file = file;
        if (Files.exists(file)) {
            try {
                List<Saved> saved = EventJson.mapper().readValue(Files.readString(file, StandardCharsets.UTF_8),
                        new TypeReference<List<Saved>>() { });
                saved.forEach(s -> byId.put(s.watchlist().id(), s));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the watchlists in " + file.toAbsolutePath() + ": "
                        + e.getMessage() + ". Fix or remove the file (its watchlists are lost if removed).", e);
            }
        }
    }

    public synchronized List<Watchlist> all() {
        return byId.values().stream().map(Saved::watchlist).toList();
    }

    public synchronized void add(Watchlist watchlist) {
        byId.put(watchlist.id(), new Saved(watchlist, List.of()));
        save();
    }

    /** @return whether a watchlist with this id existed */
    public synchronized boolean remove(String id) {
        if (byId.remove(id) == null) {
            return false;
        }
        save();
        return true;
    }

    /** The watchlist's alerts, newest first, or empty when there is no such watchlist. */
    public synchronized Optional<List<ArticleAlert>> alerts(String id) {
        return Optional.ofNullable(byId.get(id)).map(Saved::alerts);
    }

    /**
     * Records an alert unless the watchlist already alerted on that article (a replayed or re-enriched one).
     * The file is written by the next {@link #saveChanges()}: a group of alerts then costs one write of the
     * file, which holds every watchlist's latest alerts, instead of one each.
     *
     * @return whether the alert is new; false too when the watchlist was deleted meanwhile
     */
    public synchronized boolean recordUnsaved(ArticleAlert alert) {
        Saved saved = byId.get(alert.watchlistId());
        if (saved == null || saved.alerts().stream().anyMatch(a -> a.articleId().equals(alert.articleId()))) {
            return false;
        }
        List<ArticleAlert> alerts = new ArrayList<>(saved.alerts().size() + 1);
        alerts.add(alert);
        alerts.addAll(saved.alerts().subList(0, Math.min(saved.alerts().size(), ALERTS_KEPT - 1)));
        byId.put(alert.watchlistId(), new Saved(saved.watchlist(), alerts));
        unsaved = true;
        return true;
    }

    /** Writes the file when alerts were recorded since it was last written. */
    public synchronized void saveChanges() {
        if (unsaved) {
            save();
        }
    }

    private void save() {
        unsaved = false;
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
            Files.writeString(temporary, EventJson.mapper().writerWithDefaultPrettyPrinter()
                    .writeValueAsString(new ArrayList<>(byId.values())), StandardCharsets.UTF_8);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot save the watchlists to " + file.toAbsolutePath() + ": "
                    + e.getMessage() + ". Check that the folder is writable.", e);
        }
    }
}
