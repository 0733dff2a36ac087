package io.newsmonitor.query.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class AppliedProgressTest {

    private final AtomicLong now = new AtomicLong(5_000_000_000L);
    private final AppliedProgress progress = new AppliedProgress(Duration.ofSeconds(10), now::get);

    @Test
    void saysNothingBeforeTheIntervalHasPassed() {
        progress.added();
        now.addAndGet(Duration.ofSeconds(9).toNanos());

        assertThat(progress.due(() -> 1)).isEmpty();
    }

    @Test
    void countsAddedUpdatedAndRemovedArticlesOnceTheIntervalHasPassed() {
        progress.added();
        progress.added();
        progress.replaced();
        progress.removed();
        now.addAndGet(Duration.ofSeconds(12).toNanos());

        assertThat(progress.due(() -> 41)).contains(
                "Applied 2 new, 1 updated and 1 removed articles in the last 12 s; 41 in the view.");
    }

    @Test
    void startsCountingAgainAfterALine() {
        progress.added();
        now.addAndGet(Duration.ofSeconds(10).toNanos());
        progress.due(() -> 1);
        progress.replaced();
        now.addAndGet(Duration.ofSeconds(10).toNanos());

        assertThat(progress.due(() -> 1)).contains(
                "Applied 0 new, 1 updated and 0 removed articles in the last 10 s; 1 in the view.");
    }

    @Test
    void saysNothingWhenNothingWasApplied() {
        now.addAndGet(Duration.ofMinutes(5).toNanos());

        assertThat(progress.due(() -> 7)).isEmpty();
    }
}
