package io.newsmonitor.query.view;

import io.newsmonitor.events.EnrichedArticle;
import io.newsmonitor.events.PlaceMention;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The places that articles name and that were resolved to an administrative division (a code and
 * coordinates), one per code: the most named first, then by code. Places without coordinates, such
 * as rivers or regions, are left out because they cannot be drawn. {@link #of} computes it from the
 * articles; the index computes the same from each article's {@link #entriesOf entries}, fed to a
 * {@link Tally} newest article first.
 */
public final class PlaceMap {

    /**
     * What one article says about one division: the name, level and coordinates of its first mention,
     * and how many times it names the division in all.
     */
    public record Entry(String code, String name, String level, double lat, double lon, int mentions) {
    }

    /** The map and how many articles it was taken from. */
    public record Counted(int articles, List<MapPlace> places) {
    }

    private PlaceMap() {
    }

    /** @param articles newest first, as the view lists them */
    public static List<MapPlace> of(Collection<EnrichedArticle> articles) {
        Tally tally = new Tally();
        for (EnrichedArticle article : articles) {
            entriesOf(article).forEach(entry -> tally.add(entry, 1));
        }
        return tally.places();
    }

    /** The article's resolved places, one entry per code, in the order it first names them. */
    public static List<Entry> entriesOf(EnrichedArticle article) {
        Map<String, Entry> byCode = new LinkedHashMap<>();
        for (PlaceMention place : article.places()) {
            if (!isResolved(place)) {
                continue;
            }
            int mentions = Math.max(0, place.mentions());
            byCode.merge(place.code(),
                    new Entry(place.code(), place.name(), place.level(), place.lat(), place.lon(), mentions),
                    (first, more) -> new Entry(first.code(), first.name(), first.level(), first.lat(), first.lon(),
                            first.mentions() + more.mentions()));
        }
        return new ArrayList<>(byCode.values());
    }

    private static boolean isResolved(PlaceMention place) {
        return place.code() != null && !place.code().isBlank() && place.lat() != null && place.lon() != null
                && place.name() != null;
    }

    /**
     * Adds up entries into the map. The level and coordinates of a division come from the first entry
     * added for it, so entries are added newest article first.
     */
    public static final class Tally {

        private final Map<String, Division> byCode = new LinkedHashMap<>();

        /** Counts an entry that {@code articles} articles carry, each the same way. */
        public void add(Entry entry, int articles) {
            Division division = byCode.computeIfAbsent(entry.code(), code -> new Division(entry));
            division.articles += articles;
            division.mentions += entry.mentions() * articles;
            division.articlesByName.merge(entry.name(), articles, Integer::sum);
        }

        public List<MapPlace> places() {
            return byCode.values().stream()
                    .map(Division::toMapPlace)
                    .sorted(Comparator.comparingInt(MapPlace::articles).reversed().thenComparing(MapPlace::code))
                    .toList();
        }
    }

    /** What the articles say about one division. */
    private static final class Division {
        final Entry first;
        final Map<String, Integer> articlesByName = new HashMap<>();
        int articles;
        int mentions;

        Division(Entry first) {
            this.first = first;
        }

        MapPlace toMapPlace() {
            // Articles may write the same division differently (平昌县, 平昌): show the most used name.
            String name = articlesByName.entrySet().stream()
                    .max(Map.Entry.<String, Integer>comparingByValue()
                            .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                    .map(Map.Entry::getKey)
                    .orElse(first.name());
            return new MapPlace(first.code(), name, first.level(), first.lat(), first.lon(), articles, mentions);
        }
    }
}
