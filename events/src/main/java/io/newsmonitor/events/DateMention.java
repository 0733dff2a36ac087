package io.newsmonitor.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A date or date range the article mentions, resolved against its publication date
 * ({@code 7月18日至20日} in an article of 2024-07-21 is 2024-07-18 to 2024-07-20).
 *
 * @param text the phrase as written
 * @param start first day, ISO-8601 date ({@code 2024-07-18})
 * @param end last day, ISO-8601 date; equal to {@code start} for a single day
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DateMention(String text, String start, String end) {
}
