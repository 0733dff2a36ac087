package io.newsmonitor.nlp.topics;

import io.newsmonitor.events.IndustryMention;
import io.newsmonitor.nlp.segment.LongestMatchIndex;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts how often a clean text mentions each industry of an {@link IndustryTaxonomy}. Terms are matched
 * leftmost-longest over the whole taxonomy, so 能源化工 counts once (not again as 化工) and 生物医药 once (not
 * again as 医药); department names such as 农业农村局 count for no industry. Industries with at least one mention are returned, most mentioned first, then by name.
 *
 * <p>Immutable and thread-safe.
 */
public final class IndustryDetector {

    private static final Comparator<IndustryMention> ORDER =
            Comparator.comparingInt(IndustryMention::mentions).reversed().thenComparing(IndustryMention::name);

    /** Terms with the industry each belongs to. */
    private final LongestMatchIndex<String> terms;

    public IndustryDetector(IndustryTaxonomy taxonomy) {
        List<Map.Entry<String, String>> all = new ArrayList<>();
        taxonomy.termsByIndustry().forEach((industry, words) -> words.forEach(w -> all.add(Map.entry(w, industry))));
        terms = new LongestMatchIndex<>(all);
    }

    public List<IndustryMention> detect(String text) {
        Map<String, Integer> counts = new HashMap<>();
        int i = 0;
        while (i < text.length()) {
            Map.Entry<String, String> match = terms.longestAt(text, i);
            if (match == null) {
                i++;
            } else {
                if (!match.getValue().equals(IndustryTaxonomy.IGNORED)) {
                    counts.merge(match.getValue(), 1, Integer::sum);
                }
                i += match.getKey().length();
            }
        }
        List<IndustryMention> found = new ArrayList<>();
        counts.forEach((name, n) -> found.add(new IndustryMention(name, n)));
        found.sort(ORDER);
        return found;
    }
}
