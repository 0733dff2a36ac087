package io.newsmonitor.query.search;

import io.newsmonitor.query.index.SimplifiedScript;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the words of a query in an article's text and cuts fragments around them. Words are the
 * query's whitespace-separated parts in Simplified script, without query syntax (quotes, brackets,
 * AND/OR/NOT, a leading + or -); a word excluded with - or NOT is not highlighted.
 */
public final class Highlighter {

    private final int context;
    private final int maxFragments;

    /**
     * @param context characters kept on each side of a matched word
     * @param maxFragments at most this many fragments per article
     */
    public Highlighter(int context, int maxFragments) {
        this.context = context;
        this.maxFragments = maxFragments;
    }

    /** The words of the query that an article's text should show, longest first. */
    public static List<String> words(String q) {
        if (q == null || q.isBlank()) {
            return List.of();
        }
        Set<String> words = new LinkedHashSet<>();
        boolean excludeNext = false;
        for (String part : SimplifiedScript.of(q).split("\\s+")) {
            if (part.equals("NOT")) {
                excludeNext = true;
                continue;
            }
            if (part.equals("AND") || part.equals("OR") || part.equals("&&") || part.equals("||")) {
                continue;
            }
            boolean excluded = excludeNext || part.startsWith("-") || part.startsWith("!");
            excludeNext = false;
            String word = part.replaceAll("[\"()\\[\\]{}+\\-!~^*?:\\\\/]", "");
            if (!excluded && !word.isEmpty()) {
                words.add(word.toLowerCase(Locale.ROOT));
            }
        }
        List<String> sorted = new ArrayList<>(words);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        return sorted;
    }

    /** Up to {@code maxFragments} fragments of the text around the query's words, in text order. */
    public List<Highlight> highlight(String q, String text) {
        List<String> words = words(q);
        if (words.isEmpty() || text == null || text.isEmpty()) {
            return List.of();
        }
        List<int[]> hits = hits(words, text.toLowerCase(Locale.ROOT));
        List<Highlight> fragments = new ArrayList<>();
        int i = 0;
        while (i < hits.size() && fragments.size() < maxFragments) {
            int start = Math.max(0, hits.get(i)[0] - context);
            int end = Math.min(text.length(), hits.get(i)[1] + context);
            List<int[]> marks = new ArrayList<>();
            // Hits that start inside this fragment share it; the fragment grows to keep context after each.
            while (i < hits.size() && hits.get(i)[0] < end) {
                end = Math.max(end, Math.min(text.length(), hits.get(i)[1] + context));
                marks.add(new int[] {hits.get(i)[0] - start, hits.get(i)[1] - start});
                i++;
            }
            fragments.add(new Highlight(text.substring(start, end), marks));
        }
        return fragments;
    }

    /** Every occurrence of any word, in text order, without overlaps (a longer word wins). */
    private static List<int[]> hits(List<String> words, String text) {
        boolean[] taken = new boolean[text.length()];
        List<int[]> hits = new ArrayList<>();
        for (String word : words) {
            for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length())) {
                int end = at + word.length();
                boolean free = true;
                for (int k = at; k < end && free; k++) {
                    free = !taken[k];
                }
                if (free) {
                    Arrays.fill(taken, at, end, true);
                    hits.add(new int[] {at, end});
                }
            }
        }
        hits.sort(Comparator.comparingInt(h -> h[0]));
        return hits;
    }
}
