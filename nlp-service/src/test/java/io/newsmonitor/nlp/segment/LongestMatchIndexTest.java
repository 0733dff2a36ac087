package io.newsmonitor.nlp.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
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

    @Test
    void findsWhatAComparisonWithEveryWordFindsAmongThousandsOfWords() {
        // Many words share first characters, and many pairs of first two characters share slots of the table.
        List<Map.Entry<String, Integer>> words = new ArrayList<>();
        Random random = new Random(11);
        for (int i = 0; i < 5_000; i++) {
            StringBuilder word = new StringBuilder();
            int length = 1 + random.nextInt(4);
            for (int j = 0; j < length; j++) {
                word.append((char) ('一' + random.nextInt(40)));
            }
            words.add(Map.entry(word.toString(), i));
        }
        LongestMatchIndex<Integer> many = new LongestMatchIndex<>(words);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 3_000; i++) {
            text.append((char) ('一' + random.nextInt(45)));
        }
        for (int offset = 0; offset < text.length(); offset++) {
            assertThat(many.longestAt(text.toString(), offset)).as("offset %d", offset)
                    .isEqualTo(longestByComparison(words, text.toString(), offset));
        }
    }

    /** The longest word at the offset, the earliest of equal length, comparing every word. */
    private static Map.Entry<String, Integer> longestByComparison(List<Map.Entry<String, Integer>> words, String text,
            int offset) {
        Map.Entry<String, Integer> longest = null;
        for (Map.Entry<String, Integer> word : words) {
            if (text.startsWith(word.getKey(), offset)
                    && (longest == null || word.getKey().length() > longest.getKey().length())) {
                longest = word;
            }
        }
        return longest;
    }
}
