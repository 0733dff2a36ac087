package io.newsmonitor.nlp.eval;

import java.util.Map;

/**
 * The scores of one evaluation run over the seeds.
 *
 * @param articles how many seeds were enriched and scored
 * @param entities entity kind ({@code persons}, {@code places}, {@code orgs}) → its score
 * @param placeCodes for every gold place with a code: did the pipeline return that place with that code
 * @param metadata field → exact-match rate over the seeds the gold gives metadata for
 */
public record Evaluation(int articles, Map<String, EntityScore> entities, FieldScore placeCodes,
        Map<String, FieldScore> metadata) {

    public Evaluation {
        entities = Map.copyOf(entities);
        metadata = Map.copyOf(metadata);
    }

    public EntityScore persons() {
        return entities.get("persons");
    }

    public EntityScore places() {
        return entities.get("places");
    }

    public EntityScore organizations() {
        return entities.get("orgs");
    }
}
