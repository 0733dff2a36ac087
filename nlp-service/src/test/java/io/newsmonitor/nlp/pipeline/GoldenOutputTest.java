package io.newsmonitor.nlp.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsmonitor.events.EnrichedArticle;
import io.newsmonitor.events.EventJson;
import io.newsmonitor.nlp.support.Seeds;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The full enriched output of each seed, compared with a reviewed file in
 * {@code src/test/resources/golden/<seed file name>.json}. Fields that change on every run
 * (receivedAt, enrichedAt, stageMillis, pipelineVersion) are left out. When the output changes on
 * purpose, run with {@code -Dgolden.update=true} to rewrite the files, then review the diff before
 * committing it.
 */
class GoldenOutputTest {

    private static final Path FOLDER = Path.of("src", "test", "resources", "golden");

    private static final List<String> VOLATILE = List.of("receivedAt", "enrichedAt", "stageMillis", "pipelineVersion");

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(strings = {"000", "001", "002", "003", "004"})
    void enrichedOutputMatchesTheReviewedGoldenFile(String seed) throws IOException {
        // A fresh pipeline per seed, so that duplicateOf never depends on which seeds ran before.
        EnrichmentPipeline pipeline = new EnrichmentPipeline(10, 3, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
        String actual = stableJson(pipeline.enrich(Seeds.raw(seed)));
        Path golden = FOLDER.resolve(Seeds.file(seed).getFileName() + ".json");

        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(FOLDER);
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertThat(golden).as("golden file %s; create it with -Dgolden.update=true and review it", golden).exists();
        String expected = Files.readString(golden, StandardCharsets.UTF_8);
        if (!expected.equals(actual)) {
            throw new AssertionError("Enriched output of seed " + seed + " differs from " + golden
                    + " (- golden, + now). If the change is intended, rerun with -Dgolden.update=true and review the diff.\n"
                    + LineDiff.of(expected, actual));
        }
    }

    private static String stableJson(EnrichedArticle article) throws JsonProcessingException {
        // Maps in the event (removed) iterate in no fixed order: sort their keys while building the tree.
        ObjectMapper mapper = EventJson.mapper().copy()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
        ObjectNode tree = mapper.valueToTree(article);
        VOLATILE.forEach(tree::remove);
        return mapper.writeValueAsString(tree) + "\n";
    }
}
