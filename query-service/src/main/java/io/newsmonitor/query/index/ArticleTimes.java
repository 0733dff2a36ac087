package io.newsmonitor.query.index;

import io.newsmonitor.events.EnrichedArticle;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * The time an article is filed under for date filters and timelines: its publication time, or
 * its enrichment time when the text states none (or states one that cannot be read).
 */
public final class ArticleTimes {

    /** Chinese news without an offset is in China Standard Time. */
    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private ArticleTimes() {
    }

    public static Instant of(EnrichedArticle article) {
        Instant published = parse(article.publishedAt());
        if (published != null) {
            return published;
        }
        if (article.enrichedAt() != null) {
            return article.enrichedAt();
        }
        return article.receivedAt() == null ? Instant.EPOCH : article.receivedAt();
    }

    /** An ISO date, local date-time (China time) or date-time with offset; null when it is none of them. */
    public static Instant parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException notWithOffset) {
            try {
                return LocalDateTime.parse(text).atZone(CHINA).toInstant();
            } catch (DateTimeParseException notLocal) {
                try {
                    return LocalDate.parse(text).atStartOfDay(CHINA).toInstant();
                } catch (DateTimeParseException notDate) {
                    return null;
                }
            }
        }
    }
}
