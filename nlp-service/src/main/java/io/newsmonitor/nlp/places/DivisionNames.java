package io.newsmonitor.nlp.places;

import java.util.List;
import java.util.Set;

/**
 * The short form an article may use for a division: the full name without its suffix (苍溪县 → 苍溪,
 * 四川省 → 四川), including the names of the minority peoples before an autonomy suffix (阿坝藏族羌族自治州
 * → 阿坝, 峨边彝族自治县 → 峨边). A short form must keep at least two characters (富县 has none).
 */
final class DivisionNames {

    /** Longest first, so that 自治州 is dropped before 州 could be considered. */
    private static final List<String> SUFFIXES = List.of(
            "特别行政区", "自治区", "自治州", "自治县", "自治旗", "地区", "林区", "特区", "省", "市", "县", "区", "旗", "盟");

    /** Peoples written without 族 in division names (新疆维吾尔自治区, 伊犁哈萨克自治州). */
    private static final Set<String> WITHOUT_ZU = Set.of("蒙古", "维吾尔", "哈萨克", "柯尔克孜");

    private static final Set<String> PEOPLES = Set.of(
            "蒙古", "回", "藏", "维吾尔", "苗", "彝", "壮", "布依", "朝鲜", "满", "侗", "瑶", "白", "土家", "哈尼", "哈萨克", "傣",
            "黎", "傈僳", "佤", "畲", "高山", "拉祜", "水", "东乡", "纳西", "景颇", "柯尔克孜", "土", "达斡尔", "仫佬", "羌",
            "布朗", "撒拉", "毛南", "仡佬", "锡伯", "阿昌", "普米", "塔吉克", "怒", "乌孜别克", "俄罗斯", "鄂温克", "德昂",
            "保安", "裕固", "京", "塔塔尔", "独龙", "鄂伦春", "赫哲", "门巴", "珞巴", "基诺", "各");

    /** Placeholder rows of the city table that are not places. */
    private static final Set<String> PLACEHOLDERS = Set.of("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划");

    private DivisionNames() {
    }

    static boolean isPlaceholder(String name) {
        return PLACEHOLDERS.contains(name);
    }

    /** The short form, or null if dropping the suffix leaves fewer than two characters. */
    static String shortForm(String name) {
        for (String suffix : SUFFIXES) {
            if (name.endsWith(suffix) && name.length() > suffix.length()) {
                String stem = name.substring(0, name.length() - suffix.length());
                if (suffix.startsWith("自治")) {
                    stem = withoutPeoples(stem);
                }
                return stem.length() >= 2 ? stem : null;
            }
        }
        return null;
    }

    private static String withoutPeoples(String stem) {
        boolean dropped = true;
        while (dropped) {
            dropped = false;
            for (String people : PEOPLES) {
                String written = WITHOUT_ZU.contains(people) && !stem.endsWith(people + "族") ? people : people + "族";
                if (stem.endsWith(written) && stem.length() - written.length() >= 2) {
                    stem = stem.substring(0, stem.length() - written.length());
                    dropped = true;
                }
            }
        }
        return stem;
    }
}
