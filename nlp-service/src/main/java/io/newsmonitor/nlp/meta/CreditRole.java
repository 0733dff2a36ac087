package io.newsmonitor.nlp.meta;

import io.newsmonitor.nlp.text.GuardedPattern;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The roles a byline's labels give the names after them. Reporters ({@code 记者}, with any prefix such as
 * {@code 本报记者}, {@code 融媒体记者}, {@code 四川日报记者}), correspondents ({@code 通讯员}), interns
 * ({@code 实习生}) and writers ({@code 作者}, {@code 文}) are authors; editors, reviewers and proofreaders
 * ({@code 编辑}, {@code 责任编辑}, {@code 审核}, {@code 校对} …) are editors; {@code 摄影} and {@code 图} mark
 * photographers, and {@code 文/图} a writer who also took the photos. A {@code 来源:} field that holds
 * names instead of an outlet credits them as authors. Labels are never names.
 */
enum CreditRole {
    AUTHOR, EDITOR, PHOTOGRAPHER, AUTHOR_AND_PHOTOGRAPHER, SOURCE;

    private static final Map<String, CreditRole> LABELS = new LinkedHashMap<>();

    static {
        // Longer labels first, so that 责任编辑 is not read as 编辑 and 文/图 not as 文.
        for (String label : new String[] {"文/图", "图/文", "文/摄", "文图", "图文"}) {
            LABELS.put(label, AUTHOR_AND_PHOTOGRAPHER);
        }
        for (String label : new String[] {"责任编辑", "值班编辑", "编辑", "审核", "审校", "校对", "终审", "初审",
                "复审", "一审", "二审", "三审", "美编", "编审"}) {
            LABELS.put(label, EDITOR);
        }
        for (String label : new String[] {"特约通讯员", "特约记者", "实习记者", "见习记者", "实习生", "通讯员", "记者",
                "作者", "撰稿", "撰文", "文字", "报道员", "文"}) {
            LABELS.put(label, AUTHOR);
        }
        for (String label : new String[] {"摄影", "摄像", "图片", "图"}) {
            LABELS.put(label, PHOTOGRAPHER);
        }
        LABELS.put("来源", SOURCE);
    }

    /** Any label, longest first, and its optional colon. */
    static final Pattern LABEL = Pattern.compile(
            "(" + String.join("|", LABELS.keySet()) + ")[ \\t\\u3000]*[:：]?");

    /** {@link #LABEL}, searched only where a label's first character stands. */
    static final GuardedPattern LABEL_SEARCH = GuardedPattern.compile(LABEL.pattern(),
            GuardedPattern.firstCharacters(String.join("|", LABELS.keySet())));

    /** The role of a label {@link #LABEL} matched. */
    static CreditRole of(Matcher label) {
        return LABELS.get(label.group(1));
    }

    /** Whether names go to the authors (writers, reporters, and the names a 来源 field holds). */
    boolean credits(CreditRole list) {
        return this == list || (list == AUTHOR && (this == AUTHOR_AND_PHOTOGRAPHER || this == SOURCE))
                || (list == PHOTOGRAPHER && this == AUTHOR_AND_PHOTOGRAPHER);
    }

    /** Whether the label may follow a word without a space: reporters take an outlet before them (本报记者). */
    static boolean takesPrefix(String label) {
        return label.endsWith("记者") || label.endsWith("通讯员");
    }
}
