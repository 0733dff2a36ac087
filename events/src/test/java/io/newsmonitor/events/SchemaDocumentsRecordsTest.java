package io.newsmonitor.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class SchemaDocumentsRecordsTest {

    @Test
    void rawArticleSchemaDocumentsEveryRecordComponent() throws IOException {
        assertThat(schemaProperties("raw-article.v1.schema.json", "properties"))
                .isEqualTo(componentNames(RawArticle.class));
    }

    @Test
    void enrichedArticleSchemaDocumentsEveryRecordComponent() throws IOException {
        assertThat(schemaProperties("enriched-article.v1.schema.json", "properties"))
                .isEqualTo(componentNames(EnrichedArticle.class));
    }

    @Test
    void placeSchemaDocumentsEveryPlaceComponent() throws IOException {
        JsonNode schema = schema("enriched-article.v1.schema.json");
        Set<String> names = new TreeSet<>();
        schema.at("/properties/places/items/properties").fieldNames().forEachRemaining(names::add);
        assertThat(names).isEqualTo(componentNames(PlaceMention.class));
    }

    @Test
    void personSchemaDocumentsEveryPersonComponent() throws IOException {
        JsonNode schema = schema("enriched-article.v1.schema.json");
        Set<String> names = new TreeSet<>();
        schema.at("/properties/persons/items/properties").fieldNames().forEachRemaining(names::add);
        assertThat(names).isEqualTo(componentNames(PersonMention.class));
    }

    @Test
    void alertSchemaDocumentsEveryRecordComponent() throws IOException {
        assertThat(schemaProperties("article-alert.v1.schema.json", "properties"))
                .isEqualTo(componentNames(ArticleAlert.class));
    }

    @Test
    void organizationSchemaDocumentsEveryOrganizationComponent() throws IOException {
        JsonNode schema = schema("enriched-article.v1.schema.json");
        Set<String> names = new TreeSet<>();
        schema.at("/properties/organizations/items/properties").fieldNames().forEachRemaining(names::add);
        assertThat(names).isEqualTo(componentNames(OrganizationMention.class));
    }

    @Test
    void figureSchemaDocumentsEveryFigureComponent() throws IOException {
        JsonNode schema = schema("enriched-article.v1.schema.json");
        Set<String> names = new TreeSet<>();
        schema.at("/properties/figures/items/properties").fieldNames().forEachRemaining(names::add);
        assertThat(names).isEqualTo(componentNames(FigureMention.class));
    }

    @Test
    void eventsWrittenBeforeVersionOnePointThreeReadWithEmptyNewFields() {
        String json = "{\"schemaVersion\":1,\"id\":\"" + ArticleIds.of("x") + "\",\"text\":\"x\","
                + "\"places\":[{\"name\":\"平昌\",\"mentions\":1,\"code\":\"511923\"}],"
                + "\"organizations\":[{\"name\":\"通威\",\"mentions\":1}]}";

        EnrichedArticle article = EventJson.read(json, EnrichedArticle.class);

        assertThat(article.places().get(0).parents()).isEmpty();
        assertThat(article.organizations().get(0).kind()).isNull();
        assertThat(article.figures()).isEmpty();
        assertThat(article.slogans()).isEmpty();
        assertThat(article.meetings()).isEmpty();
    }

    @Test
    void eventsWrittenBeforeTheBylineFieldsStillRead() {
        String json = "{\"schemaVersion\":1,\"id\":\"" + ArticleIds.of("x") + "\",\"text\":\"x\","
                + "\"persons\":[{\"name\":\"李余良\",\"mentions\":2}]}";

        EnrichedArticle article = EventJson.read(json, EnrichedArticle.class);

        assertThat(article.persons()).containsExactly(new PersonMention("李余良", 2, List.of()));
        assertThat(article.authors()).isEmpty();
        assertThat(article.removed()).isEmpty();
    }

    @Test
    void enrichedArticleRoundTripsThroughJsonUnderTheDocumentedNames() {
        EnrichedArticle article = new EnrichedArticle(EnrichedArticle.SCHEMA_VERSION, ArticleIds.of("正文"), "标题",
                "2024-10-17T21:18:00+08:00", "中新网四川", "正文", "正文", "摘要", List.of("工业"),
                List.of(new PersonMention("李余良", 3)),
                List.of(new PlaceMention("平昌", 2, "511923", "county", 31.56, 107.1)),
                List.of(new OrganizationMention("平昌县委", 1)), "simplified", "001.txt",
                Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-01-01T00:00:01Z"));

        String json = EventJson.write(article);

        assertThat(json).contains("\"publishedAt\":\"2024-10-17T21:18:00+08:00\"")
                .contains("\"receivedAt\":\"2026-01-01T00:00:00Z\"")
                .contains("\"places\":[{\"name\":\"平昌\",\"mentions\":2,\"code\":\"511923\"");
        assertThat(EventJson.read(json, EnrichedArticle.class)).isEqualTo(article);
    }

    @Test
    void readingIgnoresFieldsAddedByNewerProducers() {
        String json = "{\"schemaVersion\":2,\"id\":\"" + ArticleIds.of("x") + "\",\"text\":\"x\",\"novelty\":42}";

        EnrichedArticle article = EventJson.read(json, EnrichedArticle.class);

        assertThat(article.schemaVersion()).isEqualTo(2);
        assertThat(article.persons()).isEmpty();
    }

    @Test
    void articleIdIsTheSha256OfTheUtf8Text() {
        assertThat(ArticleIds.of("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(ArticleIds.isValid(ArticleIds.of("新闻"))).isTrue();
        assertThat(ArticleIds.isValid("../etc/passwd")).isFalse();
    }

    private static Set<String> schemaProperties(String file, String field) throws IOException {
        Set<String> names = new TreeSet<>();
        schema(file).get(field).fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static JsonNode schema(String file) throws IOException {
        try (InputStream in = SchemaDocumentsRecordsTest.class.getResourceAsStream("/schemas/" + file)) {
            assertThat(in).as("schema %s on the classpath", file).isNotNull();
            return EventJson.mapper().readTree(in);
        }
    }

    private static Set<String> componentNames(Class<? extends Record> type) {
        List<String> names = new ArrayList<>();
        Arrays.stream(type.getRecordComponents()).forEach(c -> names.add(c.getName()));
        return new TreeSet<>(names);
    }
}
