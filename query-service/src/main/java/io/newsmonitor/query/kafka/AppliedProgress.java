package io.newsmonitor.query.kafka;

import java.time.Duration;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * Counts the live articles the consumer added, replaced and removed, and says when a progress line
 * is due: one line per interval instead of one per article, which at tens of articles a second is
 * noise to an operator and CPU to the service. Used by the consumer's single thread.
 */
final class AppliedProgress {

    private final long intervalNanos;
    private final LongSupplier nanoClock;
    private long since;
    private long added;
    private long replaced;
    private long removed;

    /**
     * @param interval shortest time between two progress lines
     * @param nanoClock the time in nanoseconds, as {@link System#nanoTime()} gives it
     */
    AppliedProgress(Duration interval, LongSupplier nanoClock) {
        this.intervalNanos = interval.toNanos();
        this.nanoClock = nanoClock;
        this.since = nanoClock.getAsLong();
    }

    void added() {
        added++;
    }

    void replaced() {
        replaced++;
    }

    void removed() {
        removed++;
    }

    /**
     * The progress since the last line, when an interval has passed and something was applied; the
     * counts then start again. Empty otherwise.
     *
     * @param articlesInView how many articles the view holds, asked only when a line is due
     */
    Optional<String> due(LongSupplier articlesInView) {
        long now = nanoClock.getAsLong();
        if (now - since < intervalNanos || added + replaced + removed == 0) {
            return Optional.empty();
        }
        String line = "Applied %d new, %d updated and %d removed articles in the last %d s; %d in the view."
                .formatted(added, replaced, removed, Math.round((now - since) / 1e9), articlesInView.getAsLong());
        since = now;
        added = 0;
        replaced = 0;
        removed = 0;
        return Optional.of(line);
    }
}
