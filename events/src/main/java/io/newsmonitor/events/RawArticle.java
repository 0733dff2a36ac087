package io.newsmonitor.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.Objects;

/**
 * An article as ingest received it, before any cleaning. Published to {@link Topics#RAW}, keyed by
 * {@link #id()}. Documented for subscribers in {@code schemas/raw-article.v1.schema.json}.
 *
 * @param schemaVersion version of this contract, {@link #SCHEMA_VERSION}
 * @param id lowercase hex SHA-256 of the text, so the same article is the same id everywhere
 * @param fileName name of the file it came from, or a label such as {@code http-post}
 * @param sizeBytes size of the input in bytes
 * @param receivedAt when ingest received it
 * @param text the full text, decoded to a Java string, otherwise untouched
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RawArticle(
        int schemaVersion, String id, String fileName, long sizeBytes, Instant receivedAt, String text) {

    public static final int SCHEMA_VERSION = 1;

    public RawArticle {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
    }

    /** Builds a version-1 raw article whose id is the SHA-256 of its text. */
    public static RawArticle of(String fileName, long sizeBytes, Instant receivedAt, String text) {
        return new RawArticle(SCHEMA_VERSION, ArticleIds.of(text), fileName, sizeBytes, receivedAt, text);
    }
}
