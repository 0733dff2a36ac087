package io.newsmonitor.nlp.entities;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Rules for place names: which recognised places are only generic words, and how a county's short
 * form (青川) is told from the same string tagged as a person.
 */
final class PlaceNames {

    /** Words the segmenter tags as places that name no particular place. */
    private static final Set<String> GENERIC = Set.of(
            "街道", "开发区", "开区", "老城区", "城区", "主城区", "镇街", "乡镇", "社区", "园区", "新区", "库区", "山区",
            "农村", "城乡", "全国", "全省", "全市", "全县", "全区", "各地", "当地", "本地", "异地", "外地");

    /** Suffixes of administrative divisions. */
    static final String DIVISION_SUFFIXES = "省市县区镇乡村";

    private static final Pattern WITH_SUFFIX = Pattern.compile(".+[" + DIVISION_SUFFIXES + "]");

    private PlaceNames() {
    }

    static boolean plausible(String name) {
        return JunkNames.isPlausibleName(name) && !GENERIC.contains(name);
    }

    /**
     * True if the text also writes the string with a division suffix (乐至 and 乐至县, 成渝 and 成渝地区), which makes a
     * string the recogniser tagged as a person a place.
     */
    static boolean writtenAsDivision(String name, String text) {
        // One pass over the name's occurrences, instead of one search of the text per suffix.
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
            int after = at + name.length();
            if (text.startsWith("地区", after)
                    || after < text.length() && DIVISION_SUFFIXES.indexOf(text.charAt(after)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** True if the name ends in a division suffix. */
    static boolean hasDivisionSuffix(String name) {
        return WITH_SUFFIX.matcher(name).matches();
    }
}
