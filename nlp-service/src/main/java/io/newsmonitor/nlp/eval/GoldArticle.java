package io.newsmonitor.nlp.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a person reading one seed by hand expects the pipeline to find, from {@code seeds-gold.json}.
 *
 * @param entities kind ({@code persons}, {@code places}, {@code orgs}) → entities, each the set of its
 *     accepted surface forms ({@code "苍溪县|苍溪"}), the first form canonical
 * @param ignored debatable strings, neither rewarded nor penalised
 * @param furnitureOnly canonical names that occur only in page furniture the cleaner removes (an address
 *     footer), so no entity stage can see them; scored apart
 * @param metadata field ({@code title}, {@code publishedAt}, {@code outlet}, {@code authors}) → expected value,
 *     a string, a list of strings, or null when the page has none
 * @param placeCodes canonical place name → its GB/T 2260 code
 */
public record GoldArticle(Map<String, List<List<String>>> entities, Set<String> ignored, Set<String> furnitureOnly,
        Map<String, Object> metadata, Map<String, String> placeCodes) {

    /** The entity kinds of the gold file, in report order. */
    public static final List<String> KINDS = List.of("persons", "places", "orgs");

    /** The metadata fields of the gold file, in report order. */
    public static final List<String> FIELDS = List.of("title", "publishedAt", "outlet", "authors");

    static GoldArticle of(JsonNode node) {
        Map<String, List<List<String>>> entities = new LinkedHashMap<>();
        for (String kind : KINDS) {
            List<List<String>> forms = new ArrayList<>();
            node.path(kind).forEach(e -> forms.add(List.of(e.asText().split("\\|"))));
            entities.put(kind, List.copyOf(forms));
        }
        Map<String, Object> metadata = new LinkedHashMap<>();
        JsonNode meta = node.path("metadata");
        for (String field : FIELDS) {
            JsonNode value = meta.path(field);
            if (value.isArray()) {
                List<String> items = new ArrayList<>();
                value.forEach(v -> items.add(v.asText()));
                metadata.put(field, List.copyOf(items));
            } else {
                metadata.put(field, value.isTextual() ? value.asText() : null);
            }
        }
        Map<String, String> codes = new LinkedHashMap<>();
        node.path("place_codes").fields().forEachRemaining(e -> codes.put(e.getKey(), e.getValue().asText()));
        return new GoldArticle(entities, texts(node.path("ignore")), texts(node.path("furniture_only")), metadata,
                codes);
    }

    /** True if the gold file gives this seed metadata at all. */
    public boolean hasMetadata() {
        return metadata.values().stream().anyMatch(v -> v != null);
    }

    private static Set<String> texts(JsonNode array) {
        Set<String> texts = new LinkedHashSet<>();
        array.forEach(e -> texts.add(e.asText()));
        return Set.copyOf(texts);
    }
}
