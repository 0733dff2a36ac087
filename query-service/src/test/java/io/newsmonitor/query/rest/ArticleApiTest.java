package io.newsmonitor.query.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import io.newsmonitor.events.EnrichedArticle;
import io.newsmonitor.events.EventJson;
import io.newsmonitor.query.SampleArticles;
import io.newsmonitor.query.kafka.EnrichedArticleConsumer;
import io.newsmonitor.query.index.LuceneArticleView;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import io.smallrye.reactive.messaging.memory.InMemorySource;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.reactive.messaging.spi.Connector;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ArticleApiTest {

    private static final Instant T0 = Instant.parse("2026-01-10T08:00:05Z");

    @Inject
    @Connector("smallrye-in-memory")
    InMemoryConnector connector;

    @Inject
    LuceneArticleView view;

    private InMemorySource<String> enriched;

    @BeforeEach
    void emptyView() {
        view.clear();
        enriched = connector.source(EnrichedArticleConsumer.CHANNEL);
    }

    @Test
    void listsAnEnrichedArticleFromTheChannel() {
        EnrichedArticle pingchang = SampleArticles.pingchang(T0);

        enriched.send(EventJson.write(pingchang));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given()
                .when().get("/api/articles")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].id", equalTo(pingchang.id()))
                .body("items[0].title", equalTo("平昌县级领导干部和正科级主要负责同志读书班举行"))
                .body("items[0].persons.name", contains("李余良", "张廷发", "杜晓莉"))
                .body("items[0].places[0].name", equalTo("平昌县"))
                .body("items[0].places[0].code", equalTo("511923"))
                .body("items[0].enrichedAt", equalTo("2026-01-10T08:00:05Z")));
    }

    @Test
    void listItemsCarryNoFullText() {
        enriched.send(EventJson.write(SampleArticles.pingchang(T0)));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given()
                .when().get("/api/articles")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0]", not(hasKey("text")))
                .body("items[0]", not(hasKey("originalText"))));
    }

    @Test
    void sameIdTwiceKeepsOneArticleWithTheNewerContent() {
        EnrichedArticle first = SampleArticles.pingchang(T0);
        EnrichedArticle reEnriched = SampleArticles.pingchang(T0.plusSeconds(60));

        enriched.send(EventJson.write(first));
        enriched.send(EventJson.write(reEnriched));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given()
                .when().get("/api/articles")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].enrichedAt", equalTo("2026-01-10T08:01:05Z")));
    }

    @Test
    void returnsTheFullArticleById() {
        EnrichedArticle pingchang = SampleArticles.pingchang(T0);
        enriched.send(EventJson.write(pingchang));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given()
                .when().get("/api/articles/{id}", pingchang.id())
                .then().statusCode(200)
                .body("id", equalTo(pingchang.id()))
                .body("title", equalTo(SampleArticles.PINGCHANG_TITLE))
                .body("text", equalTo(pingchang.text()))
                .body("originalText", equalTo(SampleArticles.PINGCHANG_TEXT))
                .body("schemaVersion", equalTo(1)));
    }

    @Test
    void answersAnUnknownIdWith404AndAnError() {
        String unknown = "0".repeat(64);

        given().when().get("/api/articles/{id}", unknown)
                .then().statusCode(404)
                .contentType("application/json")
                .body("error", equalTo("No article with id " + unknown + " is in the view; it may not be enriched yet."
                        + " List the known ids with GET /api/articles."));
    }

    @Test
    void answersALimitAboveFiveHundredWith400AndTheValue() {
        given().when().get("/api/articles?limit=900")
                .then().statusCode(400)
                .contentType("application/json")
                .body("error", equalTo("limit must be between 1 and 500, was 900"));
    }

    @Test
    void answersANegativeOffsetWith400() {
        given().when().get("/api/articles?offset=-5")
                .then().statusCode(400)
                .body("error", equalTo("offset must be 0 or more, was -5"));
    }

    @Test
    void skipsARecordThatIsNotJsonAndKeepsConsuming() {
        EnrichedArticle pingchang = SampleArticles.pingchang(T0);

        enriched.send("{not json");
        enriched.send("{\"schemaVersion\":1,\"title\":\"没有id\"}");
        enriched.send(EventJson.write(pingchang));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given()
                .when().get("/api/articles")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].id", equalTo(pingchang.id())));
    }

    @Test
    void pagesNewestFirst() {
        EnrichedArticle older = SampleArticles.article("较早的文章", T0, T0);
        EnrichedArticle newer = SampleArticles.article("较新的文章", T0, T0.plusSeconds(1));
        enriched.send(EventJson.write(older));
        enriched.send(EventJson.write(newer));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given()
                .when().get("/api/articles?limit=1&offset=1")
                .then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.id", contains(older.id())));
    }

    @Test
    void searchesATraditionalQueryWithHighlightsAndFacets() {
        EnrichedArticle bazhong = SampleArticles.bazhong(T0);
        enriched.send(EventJson.write(SampleArticles.pingchang(T0)));
        enriched.send(EventJson.write(bazhong));
        await().atMost(Duration.ofSeconds(10)).until(() -> view.count() == 2);

        given().when().get("/api/articles?q=羅增斌&limit=5")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items.id", contains(bazhong.id()))
                .body("items[0].title", equalTo("罗增斌在全市“六大突破”暨重大项目推进现场会上强调"))
                .body("items[0].highlights[0].marks[0]", contains(30, 33))
                .body("items[0].highlights[0].text", equalTo(bazhong.text().substring(
                        bazhong.text().indexOf("罗增斌") - 30, bazhong.text().indexOf("罗增斌") + 33)))
                .body("facets.persons.name", contains("何平", "罗增斌"))
                .body("facets.places.code", contains("510000", "511900"))
                .body("facets.outlets[0].name", equalTo("巴中日报"));
    }

    @Test
    void filtersByPlaceCodeAndPerson() {
        EnrichedArticle pingchang = SampleArticles.pingchang(T0);
        enriched.send(EventJson.write(pingchang));
        enriched.send(EventJson.write(SampleArticles.bazhong(T0.plusSeconds(1))));
        await().atMost(Duration.ofSeconds(10)).until(() -> view.count() == 2);

        given().when().get("/api/articles?place=511900&person=李余良")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items.id", contains(pingchang.id()))
                .body("items[0].highlights", empty());
    }

    @Test
    void answersABadDateWith400AndTheValue() {
        given().when().get("/api/articles?from=2024-13-45")
                .then().statusCode(400)
                .contentType("application/json")
                .body("error", equalTo("from must be an ISO date (2024-10-17) or date-time (2024-10-17T08:00:00+08:00),"
                        + " was 2024-13-45"));
    }

    @Test
    void answersALimitOf501With400() {
        given().when().get("/api/articles?q=工业&limit=501")
                .then().statusCode(400)
                .body("error", equalTo("limit must be between 1 and 500, was 501"));
    }

    @Test
    void reportsReadiness() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"));
    }
}
