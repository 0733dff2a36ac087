package io.newsmonitor.ingest.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RetryBackoffTest {

    private static final Path FILE = Path.of("inbox", "a.txt");
    private static final Instant T0 = Instant.parse("2025-03-01T08:00:00Z");

    @Test
    void doublesTheDelayUpToThirtySeconds() {
        assertThat(RetryBackoff.delayAfter(1)).isEqualTo(Duration.ofSeconds(1));
        assertThat(RetryBackoff.delayAfter(2)).isEqualTo(Duration.ofSeconds(2));
        assertThat(RetryBackoff.delayAfter(5)).isEqualTo(Duration.ofSeconds(16));
        assertThat(RetryBackoff.delayAfter(6)).isEqualTo(Duration.ofSeconds(30));
        assertThat(RetryBackoff.delayAfter(60)).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void holdsAFailedFileBackUntilItsDelayPassed() {
        RetryBackoff backoff = new RetryBackoff();
        backoff.failed(FILE, T0);
        backoff.failed(FILE, T0);

        assertThat(backoff.isDue(FILE, T0.plusMillis(1999))).isFalse();
        assertThat(backoff.isDue(FILE, T0.plusSeconds(2))).isTrue();
    }

    @Test
    void reportsOnlyTheFirstFailureOfAStreak() {
        RetryBackoff backoff = new RetryBackoff();

        assertThat(backoff.failed(FILE, T0)).isTrue();
        assertThat(backoff.failed(FILE, T0.plusSeconds(1))).isFalse();
        assertThat(backoff.succeeded(FILE)).isEqualTo(2);
        assertThat(backoff.failed(FILE, T0.plusSeconds(5))).isTrue();
    }

    @Test
    void forgetsFilesThatLeftTheInbox() {
        RetryBackoff backoff = new RetryBackoff();
        backoff.failed(FILE, T0);

        backoff.retainOnly(Set.of());

        assertThat(backoff.isDue(FILE, T0)).isTrue();
    }
}
