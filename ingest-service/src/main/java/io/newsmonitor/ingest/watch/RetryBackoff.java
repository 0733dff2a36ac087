package io.newsmonitor.ingest.watch;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * When to try again a file whose publication failed for a transient reason: after 1 s, then twice as
 * long after each further failure, at most 30 s, so a broker outage neither floods the logs nor stalls
 * recovery. Not thread-safe: one poll loop owns it.
 */
public final class RetryBackoff {

    static final Duration FIRST_DELAY = Duration.ofSeconds(1);
    static final Duration MAX_DELAY = Duration.ofSeconds(30);

    private final Map<Path, Streak> streaks = new HashMap<>();

    private record Streak(int failures, Instant nextAttempt) {
    }

    /** True if the file has no failure streak or its next attempt is due. */
    public boolean isDue(Path file, Instant now) {
        Streak streak = streaks.get(file);
        return streak == null || !now.isBefore(streak.nextAttempt());
    }

    /** Records a failure; returns true if it starts a new streak (the moment to warn the operator). */
    public boolean failed(Path file, Instant now) {
        Streak before = streaks.get(file);
        int failures = before == null ? 1 : before.failures() + 1;
        streaks.put(file, new Streak(failures, now.plus(delayAfter(failures))));
        return before == null;
    }

    /** Ends the file's streak; returns how many failures it had. */
    public int succeeded(Path file) {
        Streak streak = streaks.remove(file);
        return streak == null ? 0 : streak.failures();
    }

    /** Forgets files that left the inbox. */
    public void retainOnly(Set<Path> files) {
        streaks.keySet().retainAll(files);
    }

    /** The wait after the given number of consecutive failures: 1 s, 2 s, 4 s, ... up to 30 s. */
    public static Duration delayAfter(int failures) {
        int doublings = Math.min(failures - 1, 5);
        Duration delay = FIRST_DELAY.multipliedBy(1L << doublings);
        return delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
    }
}
