package io.newsmonitor.nlp.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LongestMatchIndexTest {

    private final LongestMatchIndex<String> index = new LongestMatchIndex<>(List.of(
            Map.entry("巴中", "city"), Map.entry("巴中市", "city"), Map.entry("平昌县", "county"), Map.entry("县", "level")));

    @Test
    void findsTheLongestWordAtEachPosition() {
        String text = "巴中市平昌县";

        assertThat(index.longestAt(text, 0)).isEqualTo(Map.entry("巴中市", "city"));
        assertThat(index.longestAt(text, 3)).isEqualTo(Map.entry("平昌县", "county"));
        assertThat(index.longestAt(text, 5)).isEqualTo(Map.entry("县", "level"));
    }

    @Test
    void findsNothingWhereNoWordStarts() {
        assertThat(index.longestAt("巴中市平昌县", 2)).isNull();
        assertThat(index.longestAt("巴山", 0)).isNull();
        assertThat(index.longestAt("巴", 0)).isNull();
    }
}
