package io.newsmonitor.query.index;

import com.github.houbb.opencc4j.util.ZhConverterUtil;

/**
 * Converts what a user types to Simplified script, the script the enrichment stores, so that a
 * Traditional query (羅增斌) finds the Simplified text (罗增斌).
 */
public final class SimplifiedScript {

    private SimplifiedScript() {
    }

    /** The text in Simplified script; null stays null. */
    public static String of(String text) {
        if (text == null || text.isBlank()) {
            return text;
        }
        return ZhConverterUtil.toSimple(text);
    }
}
