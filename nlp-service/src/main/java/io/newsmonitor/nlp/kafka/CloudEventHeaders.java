package io.newsmonitor.nlp.kafka;

import io.newsmonitor.events.EnrichedArticle;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * CloudEvents attributes of an enriched-article record, in the Kafka protocol binding's binary mode
 * ({@code ce_} headers, the event itself as the JSON value), so that CloudEvents-aware consumers can
 * route and deduplicate without parsing the value.
 */
public final class CloudEventHeaders {

    public static final String SPEC_VERSION = "1.0";
    public static final String TYPE = "io.newsmonitor.article.enriched.v1";
    public static final String SOURCE = "nlp-service";
    public static final String CONTENT_TYPE = "application/json";

    private CloudEventHeaders() {
    }

    /** ce_specversion, ce_type, ce_source, ce_id (the article id), ce_time (enrichedAt) and content-type. */
    public static Headers of(EnrichedArticle article) {
        RecordHeaders headers = new RecordHeaders();
        add(headers, "ce_specversion", SPEC_VERSION);
        add(headers, "ce_type", TYPE);
        add(headers, "ce_source", SOURCE);
        add(headers, "ce_id", article.id());
        if (article.enrichedAt() != null) {
            add(headers, "ce_time", article.enrichedAt().toString());
        }
        add(headers, "content-type", CONTENT_TYPE);
        return headers;
    }

    static void add(Headers headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
