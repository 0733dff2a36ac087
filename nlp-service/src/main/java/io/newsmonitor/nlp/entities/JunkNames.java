package io.newsmonitor.nlp.entities;

import io.newsmonitor.nlp.text.CommonHan;
import java.util.Set;
import java.util.regex.Pattern;

/** Rules that reject strings no entity can be: single characters, titles, punctuation, digits. */
final class JunkNames {

    /** Titles and roles that the recogniser or a loose pattern may return as a name. */
    private static final Set<String> TITLE_WORDS = Set.of(
            "书记", "副书记", "市长", "副市长", "区长", "县长", "镇长", "乡长", "省长", "主任", "副主任", "主席",
            "副主席", "秘书长", "部长", "局长", "厅长", "院长", "检察长", "委员", "常委", "记者", "编辑", "作者",
            "责任编辑", "通讯员", "教授", "同志", "领导", "总书记", "主持人", "负责人", "代表", "干部", "群众", "女士",
            "先生", "老师", "师傅", "大爷", "阿姨", "老人");

    private static final Pattern NOT_IN_A_NAME = Pattern.compile("[\\p{P}\\p{S}\\p{N}\\s\\p{IsLatin}]");

    private static final Pattern ALL_HAN = Pattern.compile("\\p{IsHan}+");

    private JunkNames() {
    }

    /** True if the string could be an entity name of any kind. */
    static boolean isPlausibleName(String name) {
        return name != null
                && name.length() >= 2
                && (CommonHan.all(name) || !NOT_IN_A_NAME.matcher(name).find())
                && !TITLE_WORDS.contains(name);
    }

    /** True if the string could be a Chinese personal name: 2–4 Han characters, not a title. */
    static boolean isPlausiblePerson(String name) {
        return isPlausibleName(name)
                && name.length() <= 4
                && (CommonHan.all(name) || ALL_HAN.matcher(name).matches())
                && TITLE_WORDS.stream().noneMatch(name::endsWith);
    }
}
