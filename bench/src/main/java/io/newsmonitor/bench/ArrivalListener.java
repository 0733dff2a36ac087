package io.newsmonitor.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsmonitor.events.EventJson;
import io.newsmonitor.local.stack.EventStreamReader;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Listens to query-service's live stream and notes when each article became visible there, with the
 * times ingest received it and nlp-service enriched it.
 */
final class ArrivalListener implements AutoCloseable {

    /** When an article was received, enriched and seen on the stream (epoch milliseconds). */
    record Arrival(long receivedAt, long enrichedAt, long visibleAt) {
    }

    private final Map<String, Arrival> arrivals = new ConcurrentHashMap<>();
    private final AtomicInteger repeats = new AtomicInteger();
    private final EventStreamReader stream;

    ArrivalListener(String streamUrl) {
        stream = new EventStreamReader(streamUrl, (event, data) -> {
            if (event.equals("article")) {
                note(data, System.currentTimeMillis());
            }
        }, broken -> System.err.println("The live stream broke: " + broken));
    }

    boolean connected() {
        return stream.connected();
    }

    Map<String, Arrival> arrivals() {
        return arrivals;
    }

    /** How many times an article already seen arrived again (a doubled article). */
    int repeats() {
        return repeats.get();
    }

    private void note(String json, long visibleAt) {
        JsonNode article;
        try {
            article = EventJson.mapper().readTree(json);
        } catch (java.io.IOException e) {
            System.err.println("Not an article on the stream: " + json);
            return;
        }
        Arrival arrival = new Arrival(millis(article.path("receivedAt")), millis(article.path("enrichedAt")), visibleAt);
        if (arrivals.putIfAbsent(article.path("id").asText(), arrival) != null) {
            repeats.incrementAndGet();
        }
    }

    private static long millis(JsonNode instant) {
        if (instant.isNumber()) {
            return Math.round(instant.asDouble() * 1000);
        }
        return instant.isTextual() ? Instant.parse(instant.asText()).toEpochMilli() : 0;
    }

    @Override
    public void close() {
        stream.close();
    }
}
