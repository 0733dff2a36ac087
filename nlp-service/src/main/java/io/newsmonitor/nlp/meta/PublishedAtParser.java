package io.newsmonitor.nlp.meta;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Reads a publication time that the input itself gave (HTML meta, a JSON field), as written, and
 * returns it as ISO-8601 in China Standard Time like {@link DateExtractor} does, e.g.
 * {@code 2024-10-17T21:18:00+08:00}. Understands ISO-8601 with an offset or {@code Z}, ISO local date-times
 * and dates, {@code 2024-10-17 21:18[:00]}, {@code 2024/10/17 21:18[:00]}, RFC 1123 and the Chinese
 * forms {@link DateExtractor} reads. A time without an offset is China time. Null when it cannot be read.
 */
public final class PublishedAtParser {

    private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);

    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

    private static final List<DateTimeFormatter> LOCAL_DATE_TIMES = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE_TIME,
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss]"),
            DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm[:ss]"),
            DateTimeFormatter.ofPattern("yyyy/M/d H:mm[:ss]"));

    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE, DateTimeFormatter.ofPattern("yyyy/M/d"));

    private final DateExtractor chinese = new DateExtractor();

    public String parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        for (DateTimeFormatter offset : List.of(DateTimeFormatter.ISO_OFFSET_DATE_TIME,
                DateTimeFormatter.RFC_1123_DATE_TIME)) {
            try {
                return format(ZonedDateTime.parse(text, offset).toOffsetDateTime());
            } catch (DateTimeException notThisForm) {
                // try the next form
            }
        }
        for (DateTimeFormatter local : LOCAL_DATE_TIMES) {
            try {
                return format(LocalDateTime.parse(text, local).atOffset(CHINA));
            } catch (DateTimeException notThisForm) {
                // try the next form
            }
        }
        for (DateTimeFormatter date : DATES) {
            try {
                return format(LocalDate.parse(text, date).atStartOfDay().atOffset(CHINA));
            } catch (DateTimeException notThisForm) {
                // try the next form
            }
        }
        return chinese.extract(text);
    }

    private static String format(OffsetDateTime time) {
        return time.withOffsetSameInstant(CHINA).format(ISO);
    }
}
