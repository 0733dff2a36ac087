package io.newsmonitor.nlp.clean;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the cleaners removed from one text, by category ({@code pinyin}, {@code mojibake},
 * {@code breadcrumb}, {@code banner}, {@code tools}, {@code counter}, {@code contact}, {@code copyright},
 * {@code navigation}, {@code comments}, {@code duplicate}), so that nothing disappears silently. Each category keeps at most
 * {@link #MAX_PER_CATEGORY} entries (a Traditional page can lose thousands of pinyin annotations).
 *
 * <p>Not thread-safe: one instance per article.
 */
public final class Removals {

    public static final int MAX_PER_CATEGORY = 200;

    private final Map<String, List<String>> removed = new LinkedHashMap<>();

    public void add(String category, String fragment) {
        List<String> fragments = removed.computeIfAbsent(category, c -> new ArrayList<>());
        if (fragments.size() < MAX_PER_CATEGORY) {
            fragments.add(fragment);
        }
    }

    /** The removals so far, categories in the order they were first used. */
    public Map<String, List<String>> asMap() {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        removed.forEach((category, fragments) -> copy.put(category, List.copyOf(fragments)));
        return copy;
    }
}
