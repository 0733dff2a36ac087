package io.newsmonitor.nlp.meta;

import io.newsmonitor.nlp.text.GuardedPattern;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the publication time that a news page states near its top, in any of the forms
 * {@code 2024年10月17日 21:18}, {@code 2024-02-20 02:03:38}, {@code 2025/09/06 11:05},
 * {@code 日期:2025.05.06}, {@code [ 2025-04-01 ]}, {@code 2025年4月1日 星期二 15:30} or
 * {@code 2025年3月12日 9时30分}, and returns it as
 * ISO-8601 with the China Standard Time offset, e.g. {@code 2024-10-17T21:18:00+08:00}. A date without a
 * time is midnight.
 *
 * <p>A date labelled as the publication's ({@code 发布时间:}, {@code 发布日期:}, {@code 发表时间:}) wins, then
 * one any field labels ({@code 时间:}, {@code 日期:}, {@code 成文日期:} …), else the first date on a line that
 * is not a sentence (a header line such as
 * {@code 2024年10月17日 21:18 来源:…}). A date inside a sentence ({@code 2025年5月18日上午,演练在…举行。})
 * is when something happened, not when the page was published: a text with only such dates gives null.
 */
public final class DateExtractor {

    private static final GuardedPattern DATE = GuardedPattern.compile(
            "(?<!\\d)((?:19|20)\\d{2})\\s*(?:年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日"
                    + "|([-/.])(\\d{1,2})\\4(\\d{1,2})(?!\\d))"
                    + "(?:\\s*(?:星期|周|礼拜)[一二三四五六日天])?"
                    + "(?:\\s*(\\d{1,2})(?:[:：]|时)(\\d{2})(?:分|(?:[:：](\\d{2}))?))?", "[12]");

    /** A field label right before the date, with its colon: 发布时间:, 日期:, 发布于. */
    private static final Pattern LABEL = Pattern.compile(
            "(?:发布|发表|更新|时间|日期|发布于)\\s*[:：]?\\s*[\\[【(（]?\\s*$");

    /** A label that says the date is the publication's, before others such as 成文日期 (when a document was signed). */
    private static final Pattern PUBLISHED_LABEL = Pattern.compile("(?:发布|发表)\\S{0,2}\\s*[:：]?\\s*[\\[【(（]?\\s*$");

    /** Punctuation that makes a line a sentence of the body rather than a header. */
    private static final Pattern SENTENCE = Pattern.compile("[。！？，；]");

    /** Which dates to take, best first: (text before the date on its line, the whole line). */
    private static final List<BiPredicate<String, String>> PREFERENCES = List.of(
            (before, line) -> PUBLISHED_LABEL.matcher(before).find(),
            (before, line) -> LABEL.matcher(before).find(),
            (before, line) -> !SENTENCE.matcher(line).find());

    public String extract(String text) {
        for (BiPredicate<String, String> preferred : PREFERENCES) {
            String date = first(text, preferred);
            if (date != null) {
                return date;
            }
        }
        return null;
    }

    /** The first valid date whose text before it on its line, and whose line, the test accepts. */
    private static String first(String text, BiPredicate<String, String> accepts) {
        GuardedPattern.Search m = DATE.search(text);
        while (m.find()) {
            int lineStart = text.lastIndexOf('\n', m.start()) + 1;
            int lineEnd = text.indexOf('\n', m.end());
            String before = text.substring(lineStart, m.start());
            String line = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd);
            if (accepts.test(before, line)) {
                try {
                    return toIso(m.matcher());
                } catch (DateTimeException notADate) {
                    // 2024-13-45 and the like: keep looking for a real date.
                }
            }
        }
        return null;
    }

    private static String toIso(Matcher m) {
        int year = Integer.parseInt(m.group(1));
        int month = Integer.parseInt(m.group(2) != null ? m.group(2) : m.group(5));
        int day = Integer.parseInt(m.group(3) != null ? m.group(3) : m.group(6));
        int hour = m.group(7) == null ? 0 : Integer.parseInt(m.group(7));
        int minute = m.group(8) == null ? 0 : Integer.parseInt(m.group(8));
        int second = m.group(9) == null ? 0 : Integer.parseInt(m.group(9));
        return iso(LocalDateTime.of(year, month, day, hour, minute, second));
    }

    /**
     * {@code 2024-10-17T21:18:00+08:00}: what {@code yyyy-MM-dd'T'HH:mm:ssXXX} gives in China Standard Time (one time zone,
     * no daylight saving time) for the years 1900 to 2099 that {@link #DATE} reads, written directly, which takes a fraction of a formatter's time.
     */
    static String iso(LocalDateTime time) {
        StringBuilder iso = new StringBuilder(25).append(time.getYear());
        twoDigits(iso.append('-'), time.getMonthValue());
        twoDigits(iso.append('-'), time.getDayOfMonth());
        twoDigits(iso.append('T'), time.getHour());
        twoDigits(iso.append(':'), time.getMinute());
        twoDigits(iso.append(':'), time.getSecond());
        return iso.append("+08:00").toString();
    }

    private static void twoDigits(StringBuilder out, int value) {
        out.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
    }
}
