package io.newsmonitor.query.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ReplayProgressTest {

    private final ReplayProgress progress = new ReplayProgress();

    @Test
    void isNotCaughtUpBeforeTheTargetIsKnown() {
        assertThat(progress.caughtUp()).isFalse();
    }

    @Test
    void catchesUpWhenEveryPartitionReachedItsLastOffsetAtStart() {
        progress.target(Map.of(0, 0L, 1, 5L, 2, 0L), Map.of(0, 3L, 1, 7L, 2, 0L));

        progress.consumed(0, 2);
        progress.consumed(1, 5);
        assertThat(progress.caughtUp()).isFalse();

        progress.consumed(1, 6);
        assertThat(progress.caughtUp()).isTrue();
        assertThat(progress.records()).isEqualTo(5);
        assertThat(progress.consumed()).isEqualTo(3);
    }

    @Test
    void anEmptyTopicIsCaughtUpAtOnce() {
        progress.target(Map.of(0, 0L), Map.of(0, 0L));

        assertThat(progress.caughtUp()).isTrue();
    }

    @Test
    void withoutATargetItIsCaughtUp() {
        progress.noTarget();

        assertThat(progress.caughtUp()).isTrue();
    }
}
