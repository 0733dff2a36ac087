package io.newsmonitor.nlp.meta;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the publication time that a news page states near its top, in any of the forms
 * {@code 2024年10月17日 21:18}, {@code 2024-02-20 02:03:38} or {@code 时间:2022年07月24日}, and returns
 * it as ISO-8601 with the China Standard Time offset, e.g. {@code 2024-10-17T21:18:00+08:00}. A date
 * without a time is midnight. The first valid date in the text wins; null when there is none.
 */
public final class DateExtractor {

    /** China has one time zone and no daylight saving time. */
    private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);

    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

    private static final Pattern DATE = Pattern.compile(
            "(?<!\\d)((?:19|20)\\d{2})\\s*(?:年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日|-(\\d{1,2})-(\\d{1,2})(?!\\d))"
                    + "(?:\\s*(\\d{1,2})[:：](\\d{2})(?:[:：](\\d{2}))?)?");

    public String extract(String text) {
        Matcher m = DATE.matcher(text);
        while (m.find()) {
            try {
                return toIso(m);
            } catch (DateTimeException notADate) {
                // 2024-13-45 and the like: keep looking for a real date.
            }
        }
        return null;
    }

    private static String toIso(Matcher m) {
        int year = Integer.parseInt(m.group(1));
        int month = Integer.parseInt(m.group(2) != null ? m.group(2) : m.group(4));
        int day = Integer.parseInt(m.group(3) != null ? m.group(3) : m.group(5));
        int hour = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
        int minute = m.group(7) == null ? 0 : Integer.parseInt(m.group(7));
        int second = m.group(8) == null ? 0 : Integer.parseInt(m.group(8));
        return LocalDateTime.of(year, month, day, hour, minute, second).atOffset(CHINA).format(ISO);
    }
}
