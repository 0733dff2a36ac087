package io.newsmonitor.query.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import io.newsmonitor.events.EnrichedArticle;
import io.newsmonitor.events.EventJson;
import io.newsmonitor.events.OrganizationMention;
import io.newsmonitor.events.PersonMention;
import io.newsmonitor.events.PlaceMention;
import io.newsmonitor.query.SampleArticles;
import io.newsmonitor.query.kafka.EnrichedArticleConsumer;
import io.newsmonitor.query.index.LuceneArticleView;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import io.smallrye.reactive.messaging.memory.InMemorySource;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.reactive.messaging.spi.Connector;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class InsightApiTest {

    private static final EnrichedArticle SECOND = SampleArticles.naming("第二篇",
            List.of(new PersonMention("张廷发", 3, List.of("县长"))),
            List.of(new PlaceMention("巴中市", 1, "511900", "city", 31.87, 106.75), PlaceMention.unresolved("巴河", 1)),
            List.of(new OrganizationMention("县人大常委会", 2)),
            List.of("工业"));

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

    private void sendBothArticles() {
        enriched.send(EventJson.write(SampleArticles.pingchang(Instant.parse("2026-01-10T08:00:05Z"))));
        enriched.send(EventJson.write(SECOND));
        await().atMost(Duration.ofSeconds(10)).until(() -> view.count() == 2);
    }

    @Test
    void topPersonsCountArticlesAndMentions() {
        sendBothArticles();

        given().when().get("/api/entities/top?type=person&limit=2")
                .then().statusCode(200)
                .body("type", equalTo("person"))
                .body("articles", equalTo(2))
                .body("items.name", contains("张廷发", "李余良"))
                .body("items.articles", contains(2, 1))
                .body("items.mentions", contains(4, 4));
    }

    @Test
    void topOrganisationsDefaultToTen() {
        sendBothArticles();

        given().when().get("/api/entities/top?type=organization")
                .then().statusCode(200)
                .body("items.name", contains("县人大常委会"))
                .body("items[0].articles", equalTo(2))
                .body("items[0].mentions", equalTo(3));
    }

    @Test
    void anUnknownTypeIsABadRequest() {
        given().when().get("/api/entities/top?type=people")
                .then().statusCode(400)
                .contentType("application/json")
                .body("error", equalTo("type must be one of person, place, organization, keyword, industry, outlet, was people"));
    }

    @Test
    void aLimitOutOfRangeIsABadRequest() {
        given().when().get("/api/entities/top?type=place&limit=0")
                .then().statusCode(400)
                .body("error", equalTo("limit must be between 1 and 100, was 0"));
    }

    @Test
    void placeMapListsResolvedPlacesOnly() {
        sendBothArticles();

        given().when().get("/api/places/map")
                .then().statusCode(200)
                .body("articles", equalTo(2))
                .body("items.code", contains("511900", "511923"))
                .body("items[1].name", equalTo("平昌县"))
                .body("items[1].level", equalTo("county"))
                .body("items[1].lat", equalTo(31.56f))
                .body("items[1].lon", equalTo(107.10f))
                .body("items[1].articles", equalTo(1))
                .body("items[1].mentions", equalTo(2));
    }

    @Test
    void anEmptyViewHasAnEmptyMap() {
        given().when().get("/api/places/map")
                .then().statusCode(200)
                .body("articles", equalTo(0))
                .body("items", empty());
    }

    @Test
    void topIndustriesWithinADateRange() {
        enriched.send(EventJson.write(SampleArticles.guangyuan(Instant.parse("2026-01-10T08:00:05Z"))));
        enriched.send(EventJson.write(SampleArticles.bazhong(Instant.parse("2026-01-10T08:00:06Z"))));
        await().atMost(Duration.ofSeconds(10)).until(() -> view.count() == 2);

        given().when().get("/api/entities/top?type=industry&from=2021-12-30&to=2021-12-30")
                .then().statusCode(200)
                .body("articles", equalTo(1))
                .body("items.name", contains("铝基新材料", "食品饮料"))
                .body("items.mentions", contains(3, 3));
        given().when().get("/api/entities/top?type=outlet&to=2020-12-31")
                .then().statusCode(200)
                .body("articles", equalTo(1))
                .body("items.name", contains("巴中日报"));
    }

    @Test
    void timelineCountsAnEntitysArticlesPerDay() {
        sendBothArticles();
        enriched.send(EventJson.write(SampleArticles.bazhong(Instant.parse("2026-01-10T08:00:06Z"))));
        await().atMost(Duration.ofSeconds(10)).until(() -> view.count() == 3);

        given().when().get("/api/timeline?type=place&name=511900&interval=day&from=2020-07-20&to=2022-12-31")
                .then().statusCode(200)
                .body("interval", equalTo("day"))
                .body("buckets.size()", equalTo(734))
                .body("buckets[0].start", equalTo("2020-07-21T00:00:00+08:00"))
                .body("buckets[0].count", equalTo(1))
                .body("buckets[733].start", equalTo("2022-07-24T00:00:00+08:00"))
                .body("buckets[733].count", equalTo(1));
    }

    @Test
    void timelineRejectsATypeWithoutName() {
        given().when().get("/api/timeline?type=person")
                .then().statusCode(400)
                .body("error", equalTo("type and name go together: give both or neither, was type=person and"
                        + " name=missing"));
    }

    @Test
    void graphLinksPersonsWithTheirPlaces() {
        sendBothArticles();

        given().when().get("/api/graph?limit=3&type=person")
                .then().statusCode(200)
                .body("nodes.id", contains("person:张廷发", "person:李余良", "person:杜晓莉"))
                .body("nodes[0].articles", equalTo(2))
                .body("edges.find { it.source == 'person:张廷发' && it.target == 'person:李余良' }.weight", equalTo(1));
    }

    @Test
    void summariesCarryBylinesGeneratedTitleAndPosts() {
        sendBothArticles();

        given().when().get("/api/articles")
                .then().statusCode(200)
                .body("items.find { it.id == '%s' }.generatedTitle".formatted(SECOND.id()), equalTo("生成的标题"))
                .body("items.find { it.id == '%s' }.authors".formatted(SECOND.id()), contains("吴弢"))
                .body("items.find { it.id == '%s' }.persons[0].posts".formatted(SECOND.id()), contains("县长"));
    }
}
