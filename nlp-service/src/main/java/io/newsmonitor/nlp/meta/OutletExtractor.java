package io.newsmonitor.nlp.meta;

import io.newsmonitor.nlp.text.GuardedPattern;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the outlet a page names in its {@code 来源:} field, e.g. {@code 来源:中新网四川 编辑:尧欣雨} gives
 * 中新网四川. The outlet ends at a run of spaces (ASCII or full-width), a bar or bracket, a date, or the
 * next field ({@code 浏览次数}, {@code 作者}, {@code 字号} …); book-title marks around it are dropped
 * ({@code 来源:《江津日报》} gives 江津日报). The field may be labelled {@code 信息来源}, {@code 文章来源},
 * {@code 本文来源}, {@code 稿源}, {@code 发布者} or {@code 发布单位}, but a source that a sentence talks
 * about ({@code 项目资金来源:中央预算内投资}) is no outlet, and {@code 来源:本站} names none either.
 * Some sites put the authors in that field instead ({@code 来源:吴弢 吴定君}); a list of short
 * space-separated names is a byline, not an outlet, and gives null; the page's copyright line can then
 * name the outlet ({@link #fromCopyright}). A page without a source field may name its outlet in the
 * story's dateline ({@code 宜宾新闻网讯}).
 */
public final class OutletExtractor {

    private static final GuardedPattern SOURCE = GuardedPattern.compile(
            "(?:来源|稿源|发布者|发布单位|发布机构)\\s*[:：]\\s*(.*)$", Pattern.MULTILINE, "[来稿发]");

    /** Values that name the page's own site, not an outlet: the copyright line says which site that is. */
    private static final Pattern OWN_SITE = Pattern.compile("本站|本网|本报|本台|本刊|原创|本站原创|本网原创|网络|互联网");

    /** What may stand right before 来源 in a source field: a date's 日, or a word that makes it a page field. */
    private static final Pattern FIELD_PREFIX = Pattern.compile("(?:^|[^\\p{IsHan}]|日|信息|文章|稿件|本文|新闻|内容|消息)$");

    /** Where an outlet ends: the next field's label, a bracket or bar, a date, or a sentence's punctuation. */
    private static final Pattern END = Pattern.compile(
            "责任编辑|编辑|作者|记者|通讯员|阅读|浏览|点击|访问|时间|发布|日期|字号|字体|审核|分享|打印|"
                    + "[|｜()（）\\[\\]【】，,。；;]|(?:19|20)\\d{2}\\s*[-年/.]");

    /** A story's dateline that names its outlet: 宜宾新闻网 in {@code 宜宾新闻网讯 5月6日,…}; not 本报讯. */
    private static final Pattern DATELINE = Pattern.compile(
            "(?:^|[\\s\\u3000])(?!本报|本网|本台)(\\p{IsHan}{2,12}?(?:网|报|台))讯", Pattern.MULTILINE);

    private static final Pattern SPACE_RUN = Pattern.compile("[\\s\\u3000\\u00A0]+");

    private static final Pattern BYLINE = Pattern.compile("\\p{IsHan}{2,4}([\\s\\u3000]+\\p{IsHan}{2,4})+");

    /** The site that claims the page: 民生巴中网 in {@code Copyright © 2019-2022 民生巴中网版权所有}. */
    private static final Pattern OWNER = Pattern.compile("([\\p{IsHan}·]{2,16}?)\\s*(?:版权所有|版權所有)");

    /** The owner named after the label: 平昌县人民政府 in {@code 版权所有:平昌县人民政府 技术支持:…}. */
    private static final Pattern OWNER_AFTER = Pattern.compile("(?:版权所有|版權所有)\\s*[:：]\\s*([\\p{IsHan}·]{2,30})");

    public String extract(String text) {
        GuardedPattern.Search m = SOURCE.search(text);
        while (m.find()) {
            if (!FIELD_PREFIX.matcher(text.substring(Math.max(0, m.start() - 2), m.start())).find()) {
                continue;
            }
            String field = m.group(1);
            Matcher end = END.matcher(field);
            String value = (end.find() ? field.substring(0, end.start()) : field).strip();
            if (value.isEmpty() || BYLINE.matcher(value).matches() || OWN_SITE.matcher(value).matches()) {
                return null;
            }
            String outlet = SPACE_RUN.split(value)[0].replaceAll("^《|》$", "");
            return outlet.isEmpty() ? null : outlet;
        }
        if (text.indexOf('讯') < 0) {
            return null; // every dateline ends with 讯; the expression would try every space and line start
        }
        Matcher dateline = DATELINE.matcher(text);
        return dateline.find() ? dateline.group(1) : null;
    }

    /**
     * The outlet named by the page's copyright line ({@code 民生巴中网版权所有} or
     * {@code 版权所有:平昌县人民政府}), for a page whose {@code 来源:} field holds names or is missing;
     * null when no line claims the page.
     *
     * @param copyrightLines the lines cleaning removed as copyright notices
     */
    public String fromCopyright(List<String> copyrightLines) {
        for (String line : copyrightLines) {
            Matcher before = OWNER.matcher(line);
            if (before.find()) {
                return before.group(1);
            }
            Matcher after = OWNER_AFTER.matcher(line);
            if (after.find()) {
                return after.group(1);
            }
        }
        return null;
    }
}
