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
 * @param charset the character encoding the input was decoded from (e.g. {@code GB18030}), or null
 * @param format the input format: {@code text}, {@code html}, {@code json} or {@code jsonl}, or null
 * @param title a title given by the input itself (HTML {@code <title>}, JSON {@code title}), or null
 * @param publishedAt a publication time given by the input itself (HTML meta, JSON), as written, or null
 * @param url the article's address when the input names one, or null
 * @param source the outlet or crawler source the input names, or null
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RawArticle(
        int schemaVersion,
        String id,
        String fileName,
        long sizeBytes,
        Instant receivedAt,
        String text,
        String charset,
        String format,
        String title,
        String publishedAt,
        String url,
        String source) {

    public static final int SCHEMA_VERSION = 1;

    public RawArticle {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
    }

    /** A raw article without the optional fields that describe where it came from. */
    public RawArticle(int schemaVersion, String id, String fileName, long sizeBytes, Instant receivedAt, String text) {
        this(schemaVersion, id, fileName, sizeBytes, receivedAt, text, null, null, null, null, null, null);
    }

    /** This article with what its input said about itself: encoding, format, title, date, address, source. */
    public RawArticle withInputDetails(
            String charset, String format, String title, String publishedAt, String url, String source) {
        return new RawArticle(schemaVersion, id, fileName, sizeBytes, receivedAt, text, charset, format, title,
                publishedAt, url, source);
    }

    /** Builds a version-1 raw article whose id is the SHA-256 of its text. */
    public static RawArticle of(String fileName, long sizeBytes, Instant receivedAt, String text) {
        return new RawArticle(SCHEMA_VERSION, ArticleIds.of(text), fileName, sizeBytes, receivedAt, text);
    }
}
