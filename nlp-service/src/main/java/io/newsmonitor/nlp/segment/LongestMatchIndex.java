package io.newsmonitor.nlp.segment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Words of a dictionary indexed by their first two characters, longest first, so that finding the longest word
 * that starts at a position of a text compares only the few words that begin with the two characters there,
 * not the whole dictionary. The two characters are looked up in an open-addressing table of {@code int} keys, so
 * that the scan of a text (every position of it, for division names) neither boxes a key nor follows a chain of
 * map entries. Built once from the dictionary; immutable and thread-safe.
 *
 * @param <V> what each word stands for (an industry, a division name)
 */
public final class LongestMatchIndex<V> {

    /** The first two characters of words, {@code first << 16 | second}, at their slot of the table. */
    private final int[] keys;

    /** The words of two characters or more that begin with the key of the same slot, longest first; null if none. */
    private final Map.Entry<String, V>[][] byFirstTwo;

    /**
     * Bit {@code h % 64} of word {@code h / 64} is set for the hash {@code h} (16 bits) of the first two characters of
     * each word: 8 KB that answer most positions of a text, where no word begins with the two characters found, before
     * the table (tens of kilobytes) is read.
     */
    private final long[] firstTwoHashes = new long[(1 << 16) / Long.SIZE];

    /** Slots of the table, a power of two, less one. */
    private final int mask;

    /** 32 less the bits of a slot number: a key's home slot is the top bits of its hash. */
    private final int shift;

    /** Bit {@code c % 64} of word {@code c / 64} is set for the first characters of all words: most positions of a
     * text start none, and are passed over here. */
    private final long[] firstCharacters = new long[(Character.MAX_VALUE + 1) / Long.SIZE];

    /** Words of one character. */
    private final Map<Character, Map.Entry<String, V>> single = new HashMap<>();

    /**
     * @param words the words with their values; among words of equal length the earlier one wins, and empty
     *     words are left out
     */
    @SuppressWarnings("unchecked")
    public LongestMatchIndex(List<Map.Entry<String, V>> words) {
        List<Map.Entry<String, V>> longestFirst = new ArrayList<>(words);
        longestFirst.sort(Comparator.comparingInt((Map.Entry<String, V> word) -> word.getKey().length()).reversed());
        Map<Integer, List<Map.Entry<String, V>>> grouped = new HashMap<>();
        for (Map.Entry<String, V> word : longestFirst) {
            String key = word.getKey();
            if (!key.isEmpty()) {
                firstCharacters[key.charAt(0) >>> 6] |= 1L << key.charAt(0);
            }
            if (key.length() == 1) {
                single.putIfAbsent(key.charAt(0), word);
            } else if (key.length() > 1) {
                grouped.computeIfAbsent(firstTwo(key, 0), k -> new ArrayList<>()).add(word);
            }
        }
        int slots = Integer.highestOneBit(Math.max(2, grouped.size()) * 2) * 2;
        mask = slots - 1;
        shift = Integer.numberOfLeadingZeros(slots) + 1;
        keys = new int[slots];
        byFirstTwo = new Map.Entry[slots][];
        grouped.forEach((firstTwo, group) -> {
            int slot = slot(firstTwo);
            while (byFirstTwo[slot] != null) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = firstTwo;
            byFirstTwo[slot] = group.toArray(new Map.Entry[0]);
            int hash = (firstTwo * 0x9E3779B9) >>> 16;
            firstTwoHashes[hash >>> 6] |= 1L << hash;
        });
    }

    /** The longest word written at {@code offset} of the text, with its value; null if none is. */
    public Map.Entry<String, V> longestAt(String text, int offset) {
        char first = text.charAt(offset);
        if ((firstCharacters[first >>> 6] & 1L << first) == 0) {
            return null;
        }
        if (offset + 1 < text.length()) {
            Map.Entry<String, V>[] candidates = withFirstTwo(firstTwo(text, offset));
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

    private Map.Entry<String, V>[] withFirstTwo(int firstTwo) {
        int hash = (firstTwo * 0x9E3779B9) >>> 16;
        if ((firstTwoHashes[hash >>> 6] & 1L << hash) == 0) {
            return null;
        }
        for (int slot = slot(firstTwo); byFirstTwo[slot] != null; slot = (slot + 1) & mask) {
            if (keys[slot] == firstTwo) {
                return byFirstTwo[slot];
            }
        }
        return null;
    }

    /** The home slot of a key: the top bits of a multiplicative hash, so that keys of one first character spread. */
    private int slot(int firstTwo) {
        return (firstTwo * 0x9E3779B9) >>> shift;
    }

    private static int firstTwo(String text, int offset) {
        return text.charAt(offset) << 16 | text.charAt(offset + 1);
    }
}
