package io.newsmonitor.nlp.places;

import io.newsmonitor.nlp.segment.LongestMatchIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds every string of a text that is a division's full name or short form, scanning left to right
 * and taking the longest name at each position (四川省广元市 → 四川省, 广元市). Whether a match really
 * names the division is decided by {@link PlaceResolver}; this class only locates candidates.
 */
final class DivisionFinder {

    /** A name found in the text, at {@code [start, end)}. */
    record Match(String name, int start, int end) {

        /** True if the two are items of one list: {@code 苍溪、旺苍}. */
        boolean listedWith(Match other, String text) {
            return separated(this, other, text) || separated(other, this, text);
        }

        private static boolean separated(Match first, Match second, String text) {
            return second.start == first.end + 1 && text.charAt(first.end) == '、';
        }
    }

    /** Short forms that are mostly ordinary words in news text (安居乐业, 城市中区, 西南部). */
    private static final Set<String> COMMON_WORDS = Set.of(
            "安居", "前锋", "市中", "南部", "名山", "大安", "仁和", "天全", "新华", "城关", "城中", "城东", "城西", "城南", "城北",
            "中山", "和平", "新城", "长安", "开发", "高新", "新区", "江北", "江南", "河东", "河西", "向阳", "红旗", "胜利", "东方",
            "永安", "白云", "双城", "正定", "吉利", "大方", "普安", "宁安", "建设", "城区", "郊区", "矿区");

    /** Characters that end the name of a natural feature: 江 河 湖 山 峡 湾 岛. */
    private static final String NATURAL_FEATURE = "江河湖山峡湾岛";

    private final DivisionCatalog catalog;

    /** Every name of two characters or more. */
    private final LongestMatchIndex<String> names;

    DivisionFinder(DivisionCatalog catalog) {
        this.catalog = catalog;
        List<Map.Entry<String, String>> words = new ArrayList<>();
        catalog.names().stream().filter(name -> name.length() >= 2).sorted().forEach(name -> words.add(Map.entry(name, name)));
        this.names = new LongestMatchIndex<>(words);
    }

    List<Match> find(String text) {
        List<Match> matches = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            Match match = longestAt(text, i);
            if (match == null) {
                i++;
            } else {
                if (!COMMON_WORDS.contains(match.name()) && !startsNaturalFeature(match, text)) {
                    matches.add(match);
                }
                i = match.end();
            }
        }
        return matches;
    }

    /** True if a short form begins the name of a river, lake or mountain (嘉陵 in 嘉陵江, 巫山 aside). */
    private boolean startsNaturalFeature(Match match, String text) {
        return match.end() < text.length() && NATURAL_FEATURE.indexOf(text.charAt(match.end())) >= 0
                && catalog.byName(match.name()).stream().noneMatch(d -> d.name().equals(match.name()));
    }

    private Match longestAt(String text, int start) {
        Map.Entry<String, String> name = names.longestAt(text, start);
        return name == null ? null : new Match(name.getKey(), start, start + name.getKey().length());
    }
}
