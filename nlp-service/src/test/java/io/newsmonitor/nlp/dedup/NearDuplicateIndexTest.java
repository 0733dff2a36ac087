package io.newsmonitor.nlp.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NearDuplicateIndexTest {

    private final NearDuplicateIndex index = new NearDuplicateIndex(3);

    @Test
    void findsAnEarlierArticleWithinTheDistance() {
        index.add("a", 0b0000L);

        assertThat(index.findWithin("b", 0b0111L, 3)).contains("a");
        assertThat(index.findWithin("b", 0b1111L, 3)).isEmpty();
    }

    @Test
    void neverMatchesTheArticleItself() {
        index.add("a", 42L);

        assertThat(index.findAndAdd("a", 42L, 3)).isEmpty();
        assertThat(index.size()).isEqualTo(1);
    }

    @Test
    void prefersTheClosestThenTheEarliest() {
        index.add("far", 0b011L);
        index.add("near", 0b001L);
        index.add("nearToo", 0b010L);

        assertThat(index.findWithin("new", 0L, 3)).contains("near");
    }

    @Test
    void forgetsTheOldestBeyondItsCapacity() {
        index.add("1", 1L);
        index.add("2", 2L);
        index.add("3", 3L);
        index.add("4", 4L);

        assertThat(index.size()).isEqualTo(3);
        assertThat(index.findWithin("x", 1L, 0)).isEmpty();
    }

    @Test
    void rejectsAZeroCapacityWithTheBadValue() {
        assertThatThrownBy(() -> new NearDuplicateIndex(0)).hasMessage("The capacity must be at least 1, was 0");
    }
}
