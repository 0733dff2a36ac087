package io.newsmonitor.nlp.segment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Words of a dictionary indexed by their first character, longest first, so that finding the longest word
 * that starts at a position of a text compares only the few words that begin with the character there,
 * not the whole dictionary. Built once from the dictionary; immutable and thread-safe.
 *
 * @param <V> what each word stands for (an industry, a division name)
 */
public final class LongestMatchIndex<V> {

    private final List<Map.Entry<String, V>>[] byFirstChar;

    /**
     * @param words the words with their values; among words of equal length the earlier one wins, and empty
     *     words are left out
     */
    @SuppressWarnings("unchecked")
    public LongestMatchIndex(List<Map.Entry<String, V>> words) {
        byFirstChar = new List[Character.MAX_VALUE + 1];
        List<Map.Entry<String, V>> longestFirst = new ArrayList<>(words);
        longestFirst.sort(Comparator.comparingInt((Map.Entry<String, V> word) -> word.getKey().length()).reversed());
        for (Map.Entry<String, V> word : longestFirst) {
            if (!word.getKey().isEmpty()) {
                char first = word.getKey().charAt(0);
                if (byFirstChar[first] == null) {
                    byFirstChar[first] = new ArrayList<>();
                }
                byFirstChar[first].add(word);
            }
        }
    }

    /** The longest word written at {@code offset} of the text, with its value; null if none is. */
    public Map.Entry<String, V> longestAt(String text, int offset) {
        List<Map.Entry<String, V>> candidates = byFirstChar[text.charAt(offset)];
        if (candidates != null) {
            for (Map.Entry<String, V> word : candidates) {
                if (text.startsWith(word.getKey(), offset)) {
                    return word;
                }
            }
        }
        return null;
    }
}
