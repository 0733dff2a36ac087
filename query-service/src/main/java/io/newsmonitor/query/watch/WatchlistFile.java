package io.newsmonitor.query.watch;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import io.newsmonitor.events.ArticleAlert;
import io.newsmonitor.events.EventJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The watchlists file, {@code watchlists.json}: read whole, written whole and atomically (a temporary file
 * moved over the old one), so that a crash never leaves half a file. A file from before checkpoints were
 * kept (a bare list of watchlists) is read with no checkpoint.
 */
final class WatchlistFile {

    /** One watchlist as saved: its definition and its alerts, newest first. */
    record Saved(Watchlist watchlist, List<ArticleAlert> alerts) {
        Saved {
            alerts = alerts == null ? List.of() : List.copyOf(alerts);
        }
    }

    /**
     * What the file holds.
     *
     * @param savedAt when the file was written, or null before checkpoints were kept
     * @param checkedUpTo per partition of {@code articles.enriched}, the first offset not known to be checked
     * @param watchlists the watchlists with their alerts
     */
    record Content(Instant savedAt, Map<Integer, Long> checkedUpTo, List<Saved> watchlists) {
        Content {
            checkedUpTo = checkedUpTo == null ? Map.of() : checkedUpTo;
            watchlists = watchlists == null ? List.of() : watchlists;
        }
    }

    private WatchlistFile() {
    }

    /** The file's content, or an empty one when there is no file. */
    static Content read(Path file) {
        if (!Files.exists(file)) {
            return new Content(null, Map.of(), List.of());
        }
        try {
            JsonNode root = EventJson.mapper().readTree(Files.readString(file, StandardCharsets.UTF_8));
            if (root.isArray()) { // written before checkpoints were kept
                return new Content(null, Map.of(),
                        EventJson.mapper().readerFor(new TypeReference<List<Saved>>() { }).readValue(root));
            }
            return EventJson.mapper().treeToValue(root, Content.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the watchlists in " + file.toAbsolutePath() + ": "
                    + e.getMessage() + ". Fix or remove the file (its watchlists are lost if removed).", e);
        }
    }

    /** Replaces the file with this content. */
    static void write(Path file, Content content) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
            Files.writeString(temporary, EventJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(content),
                    StandardCharsets.UTF_8);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot save the watchlists to " + file.toAbsolutePath() + ": "
                    + e.getMessage() + ". Check that the folder is writable.", e);
        }
    }
}
