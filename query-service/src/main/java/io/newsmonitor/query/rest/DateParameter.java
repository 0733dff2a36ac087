package io.newsmonitor.query.rest;

import io.newsmonitor.query.index.ArticleTimes;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * A {@code from} or {@code to} query parameter: an ISO date ({@code 2024-10-17}, a whole day in China
 * time) or date-time ({@code 2024-10-17T08:00:00+08:00}; without offset, China time).
 */
final class DateParameter {

    private DateParameter() {
    }

    /** The start of the range: the date's first instant, or the date-time itself; null when absent. */
    static Instant from(String name, String value) {
        return parse(name, value, false);
    }

    /** The exclusive end of the range: the day after the date, or just after the date-time; null when absent. */
    static Instant to(String name, String value) {
        return parse(name, value, true);
    }

    private static Instant parse(String name, String value, boolean end) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        try {
            LocalDate date = LocalDate.parse(text);
            return (end ? date.plusDays(1) : date).atStartOfDay(ArticleTimes.CHINA).toInstant();
        } catch (DateTimeParseException notADate) {
            Instant instant = ArticleTimes.parse(text);
            if (instant == null) {
                throw new InvalidRequestException(name + " must be an ISO date (2024-10-17) or date-time"
                        + " (2024-10-17T08:00:00+08:00), was " + value);
            }
            return end ? instant.plusMillis(1) : instant;
        }
    }
}
