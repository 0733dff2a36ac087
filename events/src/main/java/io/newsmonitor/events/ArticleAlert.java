package io.newsmonitor.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A new enriched article matched a saved watchlist. Published to {@link Topics#ALERTS}, keyed by
 * {@code watchlistId + "/" + articleId}, and pushed on the dashboard's live stream. Documented in
 * {@code schemas/article-alert.v1.schema.json}.
 *
 * @param schemaVersion version of this contract, {@link #SCHEMA_VERSION}
 * @param watchlistId stable id of the watchlist
 * @param watchlistName the name the user gave the watchlist
 * @param articleId id of the matching article
 * @param title the article's title (or generated title), or null
 * @param publishedAt the article's publication time, ISO-8601 with offset, or null
 * @param matched what matched: words, persons, places or organisations, as written in the watchlist
 * @param alertedAt when the match was found
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ArticleAlert(
        int schemaVersion,
        String watchlistId,
        String watchlistName,
        String articleId,
        String title,
        String publishedAt,
        List<String> matched,
        Instant alertedAt) {

    public static final int SCHEMA_VERSION = 1;

    public ArticleAlert {
        Objects.requireNonNull(watchlistId, "watchlistId");
        Objects.requireNonNull(articleId, "articleId");
        matched = matched == null ? List.of() : List.copyOf(matched);
    }
}
