package io.newsmonitor.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsmonitor.events.EventJson;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
    private final Thread reader;
    private volatile InputStream body;
    private volatile boolean connected;
    private volatile boolean closed;

    ArrivalListener(String streamUrl) {
        reader = new Thread(() -> read(streamUrl), "arrival-listener");
        reader.setDaemon(true);
        reader.start();
    }

    boolean connected() {
        return connected;
    }

    Map<String, Arrival> arrivals() {
        return arrivals;
    }

    /** How many times an article already seen arrived again (a doubled article). */
    int repeats() {
        return repeats.get();
    }

    private void read(String url) {
        try {
            HttpResponse<InputStream> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/event-stream").GET().build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            body = response.body();
            connected = response.statusCode() == 200;
            String event = "";
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    if (line.startsWith("event:")) {
                        event = line.substring(6).trim();
                    } else if (line.startsWith("data:") && event.equals("article")) {
                        note(line.substring(5).trim(), System.currentTimeMillis());
                    }
                }
            }
        } catch (Exception e) {
            if (!closed) {
                System.err.println("The live stream broke: " + e);
            }
        }
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
    public void close() throws Exception {
        closed = true;
        InputStream stream = body;
        reader.interrupt();
        if (stream != null) {
            stream.close();
        }
    }
}
