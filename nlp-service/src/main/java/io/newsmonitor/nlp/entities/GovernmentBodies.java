package io.newsmonitor.nlp.entities;

import io.newsmonitor.events.PlaceMention;
import io.newsmonitor.nlp.places.Division;
import io.newsmonitor.nlp.places.DivisionCatalog;
import io.newsmonitor.nlp.text.GuardedPattern;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds party and government bodies ({@code 市委}, {@code 县人大常委会}, {@code 区发展改革委}, {@code 旺苍县委}) and
 * names each with its place: a body written after a division's full name keeps it ({@code 昭化区委}); a bare one
 * takes the nearest division of its level written before it in the same sentence ({@code 剑阁县召开县委常委会} →
 * 剑阁县委), else the place of the last body of its level that had one, else the article's main division of that level (the only one, or the one named most often), else
 * the city or province that all the article's divisions share ({@code 市委} in a 平昌县 article → 巴中市委, in a
 * 涪陵区 article → 重庆市委). A body whose place stays unclear is dropped: a bare {@code 市委} names no
 * organisation. A standing committee is counted with its committee (青川县委常委会 → 青川县委).
 */
final class GovernmentBodies {

    /** Departments of a local government, written after the level: 区科技局, 市发改委, 区农业农村委, 市发展和改革委员会. */
    private static final String DEPARTMENTS = "(?:发展改革|发展和改革|发改|经济信息|经济和信息化|经信|科技|交通运输|交通|农业农村|商务"
            + "|文化旅游|文化和旅游|教育|财政|公安|民政|司法|人力资源社会保障|人社|自然资源|规划和自然资源|生态环境|住房城乡建设"
            + "|住建|水利|卫生健康|卫健|应急管理|审计|市场监管|统计|医保|林业|体育|退役军人事务|国资|金融|大数据|城市管理)"
            + "(?:委员会|委|局|厅)";

    /** Bodies after the level, longest first so that 委宣传部 wins over 委. */
    private static final GuardedPattern BODY = GuardedPattern.compile("(?<![城都超门夜集股全各本])([省市县区州])(委常委会|委宣传部|委组织部"
            + "|委统战部|委政法委|纪委监委|纪委|人大常委会|人民政府|政府|政协|直工委|中级人民法院|人民法院|法院|人民检察院|检察院|"
            + DEPARTMENTS + "|委(?![员]))", "[省市县区州]");

    private static final int LONGEST_DIVISION_NAME = 8;

    /** Where the sentence that gives a bare body its place ends. */
    private static final String SENTENCE_END = "。！？!?；;\n";

    private final DivisionCatalog catalog;

    GovernmentBodies(DivisionCatalog catalog) {
        this.catalog = catalog;
    }

    /**
     * @param text clean Simplified text
     * @param places the article's places resolved to divisions (others are ignored)
     * @return body name with its place → mentions
     */
    Map<String, Integer> find(String text, List<PlaceMention> places) {
        Map<String, Integer> bodies = new LinkedHashMap<>();
        Map<String, String> latestByLevel = new HashMap<>();
        GuardedPattern.Search m = BODY.search(text);
        while (m.find()) {
            String level = m.group(1);
            String body = m.group(2).equals("委常委会") ? "委" : m.group(2);
            String place = writtenBefore(text, m.start(1));
            if (place == null) {
                place = nearestInSentence(text, m.start(), level, places);
            }
            if (place != null) {
                latestByLevel.put(level, place);
            } else {
                place = latestByLevel.containsKey(level) ? latestByLevel.get(level) : articleWide(level, places);
            }
            if (place != null) {
                bodies.merge(place + body, 1, Integer::sum);
            }
        }
        return bodies;
    }

    /** The full division name that ends with the level character at {@code levelAt} (旺苍县 in 旺苍县委), or null. */
    private String writtenBefore(String text, int levelAt) {
        for (int length = LONGEST_DIVISION_NAME; length >= 2; length--) {
            int start = levelAt + 1 - length;
            if (start < 0) {
                continue;
            }
            String name = text.substring(start, levelAt + 1);
            if (catalog.byName(name).stream().anyMatch(d -> d.name().equals(name))) {
                return name;
            }
        }
        return null;
    }

    /** True if the name ends with a body this class names ({@code 乐山市沙湾区人民政府}, {@code 县委}). */
    static boolean endsWithBody(String name) {
        GuardedPattern.Search m = BODY.search(name);
        while (m.find()) {
            if (m.end() == name.length()) {
                return true;
            }
        }
        return false;
    }

    /** The division of the level written last before the body in its sentence, or null. */
    private static String nearestInSentence(String text, int at, String level, List<PlaceMention> places) {
        int sentenceStart = at;
        while (sentenceStart > 0 && SENTENCE_END.indexOf(text.charAt(sentenceStart - 1)) < 0) {
            sentenceStart--;
        }
        String sentence = text.substring(sentenceStart, at);
        String nearest = null;
        int nearestAt = -1;
        for (PlaceMention place : places) {
            if (place.fullName() == null || !place.fullName().endsWith(level)) {
                continue;
            }
            int found = Math.max(sentence.lastIndexOf(place.name()), sentence.lastIndexOf(place.fullName()));
            if (found > nearestAt) {
                nearestAt = found;
                nearest = place.fullName();
            }
        }
        return nearest;
    }

    /** The article's main division of the level, else the city or province all its divisions share; or null. */
    private String articleWide(String level, List<PlaceMention> places) {
        List<PlaceMention> ofLevel = places.stream()
                .filter(place -> place.fullName() != null && place.fullName().endsWith(level)).toList();
        if (ofLevel.isEmpty()) {
            return shared(level, places);
        }
        return mostMentioned(ofLevel);
    }

    /** The article's main division of a level: the only one, or the one named more often than any other; else null. */
    private static String mostMentioned(List<PlaceMention> places) {
        List<PlaceMention> sorted = places.stream()
                .sorted(Comparator.comparingInt(PlaceMention::mentions).reversed()).toList();
        if (sorted.size() == 1 || sorted.get(0).mentions() > sorted.get(1).mentions()) {
            return sorted.get(0).fullName();
        }
        return null;
    }

    /** The city (for 市) or province (for 省, or a municipality for 市) that all the article's divisions lie in. */
    private String shared(String level, List<PlaceMention> places) {
        String common = null;
        for (PlaceMention place : places) {
            Division division = place.code() == null ? null : catalog.byCode(place.code());
            if (division == null || "市".equals(level) && Division.PROVINCE.equals(division.level())) {
                continue;
            }
            String above = above(division, level);
            if (above == null || common != null && !common.equals(above)) {
                return null;
            }
            common = above;
        }
        return common;
    }

    private String above(Division division, String level) {
        if ("市".equals(level) && division.cityCode() != null) {
            return catalog.byCode(division.cityCode()).name();
        }
        Division province = catalog.byCode(division.provinceCode());
        return province != null && province.name().endsWith(level) ? province.name() : null;
    }
}
