package io.newsmonitor.query.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class WatchlistLimitsTest {

    private static Watchlist watchlist(String name, String q, List<String> places) {
        return new Watchlist("id", name, q, List.of(), places, List.of(), Instant.EPOCH);
    }

    @Test
    void acceptsAWatchlistAtEveryBound() {
        WatchlistLimits limits = new WatchlistLimits(3);
        Watchlist full = watchlist("名".repeat(100), "词".repeat(200), Collections.nCopies(20, "511900"));

        assertThat(limits.violation(full, 2)).isEmpty();
    }

    @Test
    void refusesOneMoreThanTheServerKeepsAndSaysWhatToDo() {
        assertThat(new WatchlistLimits(3).violation(watchlist("巴中", "铝", List.of()), 3)).contains(
                "there are already 3 watchlists, the most this server keeps (query.watchlists.max): delete one you"
                        + " no longer need, or raise QUERY_WATCHLISTS_MAX");
    }

    @Test
    void refusesAWordQueryOverTheLongestTerm() {
        assertThat(new WatchlistLimits(3).violation(watchlist("巴中", "词".repeat(201), List.of()), 0))
                .contains("q has 201 characters; at most 200");
    }

    @Test
    void aServerMustKeepAtLeastOneWatchlist() {
        assertThatThrownBy(() -> new WatchlistLimits(0)).hasMessage("query.watchlists.max must be at least 1, was 0");
    }
}
