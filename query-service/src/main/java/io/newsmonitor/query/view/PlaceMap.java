package io.newsmonitor.query.view;

import io.newsmonitor.events.EnrichedArticle;
import io.newsmonitor.events.PlaceMention;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The places that articles name and that were resolved to an administrative division (a code and
 * coordinates), one per code: the most named first, then by code. Places without coordinates, such
 * as rivers or regions, are left out because they cannot be drawn.
 */
public final class PlaceMap {

    private PlaceMap() {
    }

    public static List<MapPlace> of(Collection<EnrichedArticle> articles) {
        Map<String, Tally> byCode = new LinkedHashMap<>();
        for (EnrichedArticle article : articles) {
            Set<String> seenInArticle = new HashSet<>();
            for (PlaceMention place : article.places()) {
                if (!isResolved(place)) {
                    continue;
                }
                Tally tally = byCode.computeIfAbsent(place.code(), code -> new Tally(place));
                if (seenInArticle.add(place.code())) {
                    tally.articles++;
                    tally.articlesByName.merge(place.name(), 1, Integer::sum);
                }
                tally.mentions += Math.max(0, place.mentions());
            }
        }
        return byCode.entrySet().stream()
                .map(e -> e.getValue().toMapPlace(e.getKey()))
                .sorted(Comparator.comparingInt(MapPlace::articles).reversed().thenComparing(MapPlace::code))
                .toList();
    }

    private static boolean isResolved(PlaceMention place) {
        return place.code() != null && !place.code().isBlank() && place.lat() != null && place.lon() != null
                && place.name() != null;
    }

    /** What the articles say about one division; its level and coordinates come from the first mention. */
    private static final class Tally {
        final PlaceMention first;
        final Map<String, Integer> articlesByName = new HashMap<>();
        int articles;
        int mentions;

        Tally(PlaceMention first) {
            this.first = first;
        }

        MapPlace toMapPlace(String code) {
            // Articles may write the same division differently (平昌县, 平昌): show the most used name.
            String name = articlesByName.entrySet().stream()
                    .max(Map.Entry.<String, Integer>comparingByValue()
                            .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                    .map(Map.Entry::getKey)
                    .orElse(first.name());
            return new MapPlace(code, name, first.level(), first.lat(), first.lon(), articles, mentions);
        }
    }
}
