package io.newsmonitor.nlp.meta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.SoftAssertions.assertSoftly;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsmonitor.events.EnrichedArticle;
import io.newsmonitor.events.EventJson;
import io.newsmonitor.events.RawArticle;
import io.newsmonitor.nlp.pipeline.EnrichmentPipeline;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Title, publication time, outlet and authors of articles written in the layouts of county and city
 * news sites (full-width spaced headers, view counters, {@code [ 2025-04-01 ]}, {@code 信息来源:},
 * Traditional script, role labels in bylines, reposts, page tools in the footer), which the rules were
 * not written from. Each article runs through the whole pipeline, as in production, and each field must
 * equal {@code src/test/resources/unseen/unseen-gold.json} exactly.
 */
class UnseenArticlesMetadataTest {

    private static final Path FOLDER = Path.of("src", "test", "resources", "unseen");

    private static final Instant RECEIVED_AT = Instant.parse("2025-10-01T08:00:00Z");

    private static JsonNode gold;

    private static EnrichmentPipeline pipeline;

    @BeforeAll
    static void readGold() throws IOException {
        gold = EventJson.mapper().readTree(FOLDER.resolve("unseen-gold.json").toFile());
        pipeline = EnrichmentPipeline.withDefaults();
    }

    static Stream<String> articles() throws IOException {
        try (Stream<Path> files = Files.list(FOLDER)) {
            List<String> names = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt")).sorted().toList();
            assertThat(names).as("articles in %s", FOLDER).hasSize(12);
            return names.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("articles")
    void readsTheMetadataTheGoldFileStates(String fileName) throws IOException {
        JsonNode expected = gold.get(fileName);
        assertThat(expected).as("gold entry for %s", fileName).isNotNull();
        String text = Files.readString(FOLDER.resolve(fileName), StandardCharsets.UTF_8);
        EnrichedArticle article = pipeline.enrich(
                RawArticle.of(fileName, text.getBytes(StandardCharsets.UTF_8).length, RECEIVED_AT, text));

        List<String> authors = new ArrayList<>();
        expected.get("authors").forEach(name -> authors.add(name.asText()));
        assertSoftly(softly -> {
            softly.assertThat(article.title()).as("title of %s", fileName).isEqualTo(textOrNull(expected.get("title")));
            softly.assertThat(article.publishedAt()).as("publishedAt of %s", fileName)
                    .isEqualTo(textOrNull(expected.get("publishedAt")));
            softly.assertThat(article.outlet()).as("outlet of %s", fileName)
                    .isEqualTo(textOrNull(expected.get("outlet")));
            softly.assertThat(article.authors()).as("authors of %s", fileName).containsExactlyElementsOf(authors);
        });
    }

    private static String textOrNull(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }
}
