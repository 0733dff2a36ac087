package io.newsmonitor.nlp.support;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsmonitor.events.EventJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Precision and recall of extracted names against the hand-made gold file {@code seeds-gold.json},
 * micro-averaged over articles. A gold entity is {@code "A|B"} (accepted surface forms); a name
 * matching one of them is correct; names listed under {@code ignore} are neither rewarded nor
 * penalised; for organisations, generic references ({@code orgs_generic}) count as wrong (strict).
 */
public final class GoldScore {

    private int correct;
    private int wrong;
    private int goldFound;
    private int goldTotal;
    private final List<String> errors = new ArrayList<>();

    public static JsonNode gold() {
        try (InputStream in = GoldScore.class.getResourceAsStream("/seeds-gold.json")) {
            return EventJson.mapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read seeds-gold.json from the test resources", e);
        }
    }

    /**
     * Adds one article.
     *
     * @param goldArticle the article's node in the gold file
     * @param kind {@code persons}, {@code places} or {@code orgs}
     * @param predicted distinct names the extractor returned
     */
    public void add(JsonNode goldArticle, String kind, List<String> predicted) {
        List<Set<String>> entities = new ArrayList<>();
        goldArticle.path(kind).forEach(e -> entities.add(Set.of(e.asText().split("\\|"))));
        Set<String> ignored = new HashSet<>();
        goldArticle.path("ignore").forEach(e -> ignored.add(e.asText()));
        boolean[] found = new boolean[entities.size()];
        for (String name : predicted) {
            int match = indexOf(entities, name);
            if (match >= 0) {
                correct++;
                found[match] = true;
            } else if (!ignored.contains(name)) {
                wrong++;
                errors.add(name);
            }
        }
        goldTotal += entities.size();
        for (int i = 0; i < found.length; i++) {
            if (found[i]) {
                goldFound++;
            }
        }
    }

    private static int indexOf(List<Set<String>> entities, String name) {
        for (int i = 0; i < entities.size(); i++) {
            if (entities.get(i).contains(name)) {
                return i;
            }
        }
        return -1;
    }

    public double precision() {
        return correct + wrong == 0 ? 0 : (double) correct / (correct + wrong);
    }

    public double recall() {
        return goldTotal == 0 ? 0 : (double) goldFound / goldTotal;
    }

    public List<String> errors() {
        return List.copyOf(errors);
    }

    @Override
    public String toString() {
        return String.format("P %.2f (%d/%d) R %.2f (%d/%d)", precision(), correct, correct + wrong, recall(),
                goldFound, goldTotal);
    }
}
