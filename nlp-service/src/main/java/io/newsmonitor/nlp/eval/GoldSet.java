package io.newsmonitor.nlp.eval;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsmonitor.events.EventJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The hand-made gold file: seed file name → {@link GoldArticle}. Keys starting with {@code _} are notes for
 * readers and are skipped.
 */
public record GoldSet(Map<String, GoldArticle> articles) {

    public GoldSet {
        articles = Map.copyOf(articles);
    }

    public static GoldSet read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the gold file " + file.toAbsolutePath()
                    + "; pass its path (nlp-service/src/test/resources/seeds-gold.json)", e);
        }
    }

    /** The gold file at {@code resource} on the classpath (tests: {@code /seeds-gold.json}). */
    public static GoldSet fromClasspath(String resource) {
        try (InputStream in = GoldSet.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("No " + resource + " on the classpath; it lives in the test resources");
            }
            return parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource + " from the classpath", e);
        }
    }

    private static GoldSet parse(InputStream in) throws IOException {
        JsonNode root = EventJson.mapper().readTree(in);
        Map<String, GoldArticle> articles = new LinkedHashMap<>();
        root.fields().forEachRemaining(e -> {
            if (!e.getKey().startsWith("_")) {
                articles.put(e.getKey(), GoldArticle.of(e.getValue()));
            }
        });
        return new GoldSet(articles);
    }

    /** The gold for a seed file name, or null if the gold file does not cover it. */
    public GoldArticle article(String fileName) {
        return articles.get(fileName);
    }
}
