package io.newsmonitor.query.watch;

import java.time.Instant;
import java.util.Map;

/**
 * How far the watchlists file is known to be complete. Every article before {@code checkedUpTo} (per
 * partition of {@code articles.enriched}) was checked against the watchlists, and each alert it raised was
 * acknowledged by Kafka and saved; an alert sent after {@code savedAt} may be on {@code articles.alerts}
 * without being in the file.
 *
 * @param savedAt when the file was written, or null in a file from before checkpoints were kept
 * @param checkedUpTo per partition, the offset of the first record not known to be checked
 */
public record AlertCheckpoint(Instant savedAt, Map<Integer, Long> checkedUpTo) {

    /** Nothing known: every article is checked (a new file, or one from before checkpoints). */
    static final AlertCheckpoint NONE = new AlertCheckpoint(null, Map.of());

    public AlertCheckpoint {
        checkedUpTo = checkedUpTo == null ? Map.of() : Map.copyOf(checkedUpTo);
    }
}
