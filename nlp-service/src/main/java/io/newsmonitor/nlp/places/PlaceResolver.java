package io.newsmonitor.nlp.places;

import io.newsmonitor.events.PlaceMention;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Resolves the places an article names to GB/T 2260 divisions (code, level, WGS-84 position) and adds
 * the divisions the recogniser missed (旺苍, 昭化).
 *
 * <p>Provinces, cities and full county names of three characters or more (苍溪县), recognised or found in the
 * text, are resolved first; they are the article's known divisions. Any other name (青川, 贡嘎, a district
 * such as 老城区, a two-character full name such as 富县, which 工业富县 contains) is accepted only if it is
 * related to a known division (its city or province, or one of its counties) or listed with an accepted
 * place ({@code 苍溪、旺苍、剑阁}), so that 执政兴县 or 双城经济圈 do not put pins on the map. A recognised
 * name that is not accepted keeps no code. Recognised places
 * that are no division (长江, 成渝地区) are kept without a code; two names of one division are merged.
 */
public final class PlaceResolver {

    private static final int SAFE_FULL_NAME_LENGTH = 3;

    private final DivisionCatalog catalog;
    private final DivisionFinder finder;
    private final DivisionChooser chooser;

    public PlaceResolver() {
        this(DivisionCatalog.shared());
    }

    public PlaceResolver(DivisionCatalog catalog) {
        this.catalog = catalog;
        this.finder = new DivisionFinder(catalog);
        this.chooser = new DivisionChooser(catalog);
    }

    /**
     * @param recognised the places the entity extractor found, with their mentions
     * @param text the clean text they were found in
     * @return the places, resolved where possible, sorted by mentions (most first), then by name
     */
    public List<PlaceMention> resolve(List<PlaceMention> recognised, String text) {
        return resolve(recognised, scan(text));
    }

    /** The division names written in a clean text, for {@link #resolve(List, DivisionScan)}. */
    public DivisionScan scan(String text) {
        return new DivisionScan(text, finder.find(text));
    }

    /**
     * @param recognised the places the entity extractor found, with their mentions
     * @param scanned the clean text they were found in, with its division names
     * @return the places, resolved where possible, sorted by mentions (most first), then by name
     */
    public List<PlaceMention> resolve(List<PlaceMention> recognised, DivisionScan scanned) {
        String text = scanned.text();
        List<DivisionFinder.Match> matches = scanned.matches();
        Set<String> anchors = new LinkedHashSet<>();
        Set<String> pending = new LinkedHashSet<>();
        recognised.forEach(place -> (isAnchor(place.name()) || isRecognisedDistrict(place.name()) ? anchors : pending)
                .add(place.name()));
        matches.forEach(match -> (isAnchor(match.name()) ? anchors : pending).add(match.name()));
        List<Division> context = chooser.unambiguous(anchors);
        Map<String, Division> resolved = new LinkedHashMap<>();
        for (String name : anchors) {
            Division division = chooser.choose(name, context);
            if (division != null) {
                resolved.put(name, division);
            }
        }
        acceptRelated(pending, matches, resolved, text);

        Map<String, PlaceMention> places = new LinkedHashMap<>();
        for (PlaceMention place : recognised) {
            add(places, place.name(), place.mentions(), resolved.get(place.name()));
        }
        for (String name : resolved.keySet()) {
            add(places, name, occurrences(name, text), resolved.get(name));
        }
        List<PlaceMention> sorted = new ArrayList<>(places.values());
        sorted.sort(Comparator.comparingInt(PlaceMention::mentions).reversed().thenComparing(PlaceMention::name));
        return sorted;
    }

    /** Accepts the other names related to a known division or listed with an accepted place, until none is left. */
    private void acceptRelated(Set<String> pending, List<DivisionFinder.Match> matches, Map<String, Division> resolved,
            String text) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (String name : pending) {
                if (resolved.containsKey(name)) {
                    continue;
                }
                List<Division> context = new ArrayList<>(resolved.values());
                Division division = chooser.choose(name, context);
                if (division != null && (context.contains(division) || context.stream().anyMatch(division::isRelatedTo)
                        || listedWithAccepted(name, matches, resolved, text))) {
                    resolved.put(name, division);
                    changed = true;
                }
            }
        }
    }

    private static boolean listedWithAccepted(String name, List<DivisionFinder.Match> matches,
            Map<String, Division> resolved, String text) {
        return matches.stream().filter(match -> match.name().equals(name)).anyMatch(match -> matches.stream()
                .anyMatch(other -> resolved.containsKey(other.name()) && match.listedWith(other, text)));
    }

    /**
     * True for names that are safe without context: a province or city, or a full name of three characters or
     * more that is not a district (老城区, 市中区 and 新城区 are also ordinary words).
     */
    private boolean isAnchor(String name) {
        List<Division> candidates = catalog.byName(name);
        boolean fullName = candidates.stream().anyMatch(division -> division.name().equals(name));
        boolean notCounty = !candidates.isEmpty()
                && candidates.stream().noneMatch(division -> Division.COUNTY.equals(division.level()));
        return notCounty || fullName && name.length() >= SAFE_FULL_NAME_LENGTH && !name.endsWith("区");
    }

    /**
     * True for a district's full name of three characters or more that the recogniser tagged as a place and that
     * only one division carries (渝北区): the tag rules out the word reading (老城区 is filtered before).
     */
    private boolean isRecognisedDistrict(String name) {
        List<Division> candidates = catalog.byName(name);
        return name.length() >= SAFE_FULL_NAME_LENGTH && candidates.size() == 1 && candidates.get(0).name().equals(name);
    }

    /** Adds a place, merging it with another name of the same division (the full name wins, mentions the larger). */
    private void add(Map<String, PlaceMention> places, String name, int mentions, Division division) {
        if (division == null) {
            places.putIfAbsent(name, PlaceMention.unresolved(name, mentions));
            return;
        }
        PlaceMention previous = places.get(division.code());
        String shown = previous == null || name.equals(division.name()) ? name : previous.name();
        int count = Math.max(Math.max(1, mentions), previous == null ? 0 : previous.mentions());
        places.put(division.code(), new PlaceMention(shown, count, division.code(), division.level(), division.lat(),
                division.lon(), parents(division), division.name()));
    }

    /** Names of the divisions above, province first: [四川省, 巴中市] for 平昌县. */
    private List<String> parents(Division division) {
        List<String> parents = new ArrayList<>(2);
        if (!division.code().equals(division.provinceCode())) {
            parents.add(catalog.byCode(division.provinceCode()).name());
        }
        if (division.cityCode() != null) {
            parents.add(catalog.byCode(division.cityCode()).name());
        }
        return parents;
    }

    static int occurrences(String name, String text) {
        int count = 0;
        for (int i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + name.length())) {
            count++;
        }
        return count;
    }
}
