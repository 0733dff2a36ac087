package io.newsmonitor.query.view;

import io.newsmonitor.events.EnrichedArticle;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Counts the entities of one type across articles: the ones named by the most articles first, then
 * by the most mentions, then by name so that the order is stable.
 */
public final class TopEntities {

    static final Comparator<EntityCount> MOST_NAMED_FIRST = Comparator
            .comparingInt(EntityCount::articles).reversed()
            .thenComparing(Comparator.comparingInt(EntityCount::mentions).reversed())
            .thenComparing(EntityCount::name);

    private TopEntities() {
    }

    /**
     * @param limit at most this many entities, at least 1
     */
    public static List<EntityCount> of(Collection<EnrichedArticle> articles, EntityType type, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, was " + limit);
        }
        Map<String, int[]> counts = new HashMap<>(); // name -> {articles, mentions}
        for (EnrichedArticle article : articles) {
            Set<String> seenInArticle = new HashSet<>();
            for (EntityType.Mention mention : type.mentionsIn(article)) {
                if (mention.name() == null || mention.name().isBlank()) {
                    continue;
                }
                int[] count = counts.computeIfAbsent(mention.name(), name -> new int[2]);
                if (seenInArticle.add(mention.name())) {
                    count[0]++;
                }
                count[1] += Math.max(0, mention.count());
            }
        }
        return counts.entrySet().stream()
                .map(e -> new EntityCount(e.getKey(), e.getValue()[0], e.getValue()[1]))
                .sorted(MOST_NAMED_FIRST)
                .limit(limit)
                .toList();
    }
}
