package io.newsmonitor.nlp.meta;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the outlet a page names in its {@code 来源:} field, e.g. {@code 来源:中新网四川 编辑:尧欣雨} gives
 * 中新网四川. Some sites put the authors in that field instead ({@code 来源:吴弢 吴定君}); a list of
 * short space-separated names is a byline, not an outlet, and gives null; the page's copyright line
 * can then name the outlet ({@link #fromCopyright}).
 */
public final class OutletExtractor {

    private static final Pattern SOURCE = Pattern.compile(
            "来源\\s*[:：]\\s*(.+?)\\s*(?=责任编辑|编辑|作者|记者|阅读|时间|发布|点击|$)", Pattern.MULTILINE);

    private static final Pattern BYLINE = Pattern.compile("\\p{IsHan}{2,4}(\\s+\\p{IsHan}{2,4})+");

    /** The site that claims the page: 民生巴中网 in {@code Copyright © 2019-2022 民生巴中网版权所有}. */
    private static final Pattern OWNER = Pattern.compile("([\\p{IsHan}·]{2,16}?)\\s*(?:版权所有|版權所有)");

    public String extract(String text) {
        Matcher m = SOURCE.matcher(text);
        if (!m.find()) {
            return null;
        }
        String outlet = m.group(1).strip();
        if (outlet.isEmpty() || BYLINE.matcher(outlet).matches()) {
            return null;
        }
        return outlet;
    }

    /**
     * The outlet named by the page's copyright line ({@code 民生巴中网版权所有}), for a page whose
     * {@code 来源:} field holds names or is missing; null when no line claims the page.
     *
     * @param copyrightLines the lines cleaning removed as copyright notices
     */
    public String fromCopyright(List<String> copyrightLines) {
        for (String line : copyrightLines) {
            Matcher m = OWNER.matcher(line);
            if (m.find()) {
                return m.group(1);
            }
        }
        return null;
    }
}
