package io.newsmonitor.nlp.meta;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the headline of a clean text: the text after {@code 题:} when a wire story states it,
 * otherwise the first line that looks like a headline (enough Han characters, short, and not a
 * sentence, a date or dateline, a byline, or a repost's {@code 原标题:} line). A headline may begin with
 * a year ({@code 2025年达州市防汛应急综合演练举行}); a line that begins with a full date
 * ({@code 2025年4月1日 星期二 来源:…}) is a header. Returns null when no line qualifies, for example in a
 * text that is only paragraphs.
 */
public final class TitleExtractor {

    static final Pattern WIRE_TITLE = Pattern.compile("(?:^|\\s|电)题\\s*[:：]\\s*(\\S.*)$", Pattern.MULTILINE);

    private static final int MIN_HAN_CHARS = 8;
    private static final int MAX_CHARS = 60;

    private static final Pattern NOT_A_HEADLINE = Pattern.compile(
            "[。！？]|来源\\s*[:：]|编辑\\s*[:：]|时间\\s*[:：]|日期\\s*[:：]|原标题|转载|作者|记者|通讯员|责任编辑|浏览次数|点击数"
                    + "|^[\\[【(（]?\\s*\\d{4}\\s*[-年/.]\\s*\\d{1,2}\\s*[-月/.]|\\d{1,2}月\\d{1,2}日电");

    /** A column's tag before a headline, not part of it: 【图片新闻】, 【专题】. */
    private static final Pattern COLUMN_TAG = Pattern.compile("^【[^】]{1,8}】\\s*");

    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    public String extract(String cleanText) {
        String wire = wireTitle(cleanText);
        if (wire != null) {
            return wire;
        }
        for (String line : cleanText.split("\n")) {
            String candidate = COLUMN_TAG.matcher(line.strip()).replaceFirst("");
            if (isHeadline(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /**
     * The first title a wire story labels with {@code 题:}, as {@link #WIRE_TITLE} finds it: a match starts at a 题 or
     * right before one, so the expression is tried there alone, in order, instead of at every position of the text.
     */
    static String wireTitle(String text) {
        Matcher wire = WIRE_TITLE.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        for (int at = text.indexOf('题'); at >= 0; at = text.indexOf('题', at + 1)) {
            for (int start = Math.max(0, at - 1); start <= at; start++) {
                if (wire.region(start, text.length()).lookingAt()) {
                    return wire.group(1).strip();
                }
            }
        }
        return null;
    }

    private static boolean isHeadline(String line) {
        if (line.isEmpty() || line.length() > MAX_CHARS || NOT_A_HEADLINE.matcher(line).find()) {
            return false;
        }
        return HAN.matcher(line).results().count() >= MIN_HAN_CHARS;
    }
}
