package io.newsmonitor.nlp.segment;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Words of a dictionary indexed by their first two characters, longest first, so that finding the longest word
 * that starts at a position of a text compares only the few words that begin with the two characters there,
 * not the whole dictionary. Built once from the dictionary; immutable and thread-safe.
 *
 * @param <V> what each word stands for (an industry, a division name)
 */
public final class LongestMatchIndex<V> {

    /** Words of two characters or more by their first two, longest first. */
    private final Map<Integer, List<Map.Entry<String, V>>> byFirstTwo = new HashMap<>();

    /** The first characters of all words: most positions of a text start none, and are passed over here. */
    private final BitSet firstCharacters = new BitSet();

    /** Words of one character. */
    private final Map<Character, Map.Entry<String, V>> single = new HashMap<>();

    /**
     * @param words the words with their values; among words of equal length the earlier one wins, and empty
     *     words are left out
     */
    public LongestMatchIndex(List<Map.Entry<String, V>> words) {
        List<Map.Entry<String, V>> longestFirst = new ArrayList<>(words);
        longestFirst.sort(Comparator.comparingInt((Map.Entry<String, V> word) -> word.getKey().length()).reversed());
        for (Map.Entry<String, V> word : longestFirst) {
            String key = word.getKey();
            if (!key.isEmpty()) {
                firstCharacters.set(key.charAt(0));
            }
            if (key.length() == 1) {
                single.putIfAbsent(key.charAt(0), word);
            } else if (key.length() > 1) {
                byFirstTwo.computeIfAbsent(firstTwo(key, 0), k -> new ArrayList<>()).add(word);
            }
        }
    }

    /** The longest word written at {@code offset} of the text, with its value; null if none is. */
    public Map.Entry<String, V> longestAt(String text, int offset) {
        if (!firstCharacters.get(text.charAt(offset))) {
            return null;
        }
        if (offset + 1 < text.length()) {
            List<Map.Entry<String, V>> candidates = byFirstTwo.get(firstTwo(text, offset));
            if (candidates != null) {
                for (Map.Entry<String, V> word : candidates) {
                    if (text.startsWith(word.getKey(), offset)) {
                        return word;
                    }
                }
            }
        }
        return single.isEmpty() ? null : single.get(text.charAt(offset));
    }

    private static int firstTwo(String text, int offset) {
        return text.charAt(offset) << 16 | text.charAt(offset + 1);
    }
}
