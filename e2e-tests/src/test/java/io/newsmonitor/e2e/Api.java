package io.newsmonitor.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsmonitor.events.EventJson;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A small HTTP client for the services' JSON APIs. */
final class Api {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Api() {
    }

    static JsonNode getJson(String url) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(url)).GET());
        if (response.statusCode() != 200) {
            throw new AssertionError("GET " + url + " answered " + response.statusCode() + ": " + response.body());
        }
        return parse(response.body());
    }

    static HttpResponse<String> postText(String url, String text) {
        return send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "text/plain; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8)));
    }

    static JsonNode parse(String json) {
        try {
            return EventJson.mapper().readTree(json);
        } catch (IOException e) {
            throw new AssertionError("Not JSON: " + json, e);
        }
    }

    /** The values of {@code field} of each object in the array {@code node}. */
    static List<String> names(JsonNode array, String field) {
        List<String> names = new ArrayList<>();
        array.forEach(item -> names.add(item.path(field).asText()));
        return names;
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.timeout(Duration.ofSeconds(20)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError("Request failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted", e);
        }
    }
}
