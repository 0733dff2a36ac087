package io.newsmonitor.query.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.newsmonitor.events.ArticleAlert;
import io.newsmonitor.events.EnrichedArticle;
import io.newsmonitor.events.EventJson;
import io.newsmonitor.query.SampleArticles;
import io.newsmonitor.query.kafka.EnrichedArticleConsumer;
import io.newsmonitor.query.watch.AlertPublisher;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import io.smallrye.reactive.messaging.memory.InMemorySink;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.spi.Connector;
import org.junit.jupiter.api.Test;

@QuarkusTest
class WatchlistApiTest {

    @Inject
    @Connector("smallrye-in-memory")
    InMemoryConnector connector;

    private String create(String body) {
        return given().contentType("application/json").body(body)
                .when().post("/api/watchlists")
                .then().statusCode(201)
                .extract().path("id");
    }

    @Test
    void aNewMatchingArticleRaisesAnAlertOnTheTopicAndInTheList() {
        InMemorySink<String> topic = connector.sink(AlertPublisher.CHANNEL);
        topic.clear();
        String id = create("{\"name\":\"巴中\",\"persons\":[\"罗增斌\"],\"places\":[\"511900\"]}");
        EnrichedArticle bazhong = SampleArticles.bazhong(Instant.now().plusSeconds(1));

        connector.source(EnrichedArticleConsumer.CHANNEL).send(EventJson.write(bazhong));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> given()
                .when().get("/api/watchlists/{id}/alerts", id)
                .then().statusCode(200)
                .body("articleId", contains(bazhong.id()))
                .body("[0].watchlistName", equalTo("巴中"))
                .body("[0].matched", contains("罗增斌", "511900")));
        Message<String> sent = topic.received().get(0);
        assertThat(EventJson.read(sent.getPayload(), ArticleAlert.class).articleId()).isEqualTo(bazhong.id());
        assertThat(sent.getMetadata(OutgoingKafkaRecordMetadata.class).orElseThrow().getKey())
                .isEqualTo(id + "/" + bazhong.id());
        given().when().get("/api/watchlists")
                .then().statusCode(200)
                .body("find { it.id == '%s' }.alerts".formatted(id), equalTo(1));
    }

    @Test
    void deletesAWatchlist() {
        String id = create("{\"name\":\"平昌\",\"q\":\"读书班\"}");

        given().when().delete("/api/watchlists/{id}", id).then().statusCode(204);

        given().when().get("/api/watchlists").then().statusCode(200).body("id", not(hasItem(id)));
        given().when().delete("/api/watchlists/{id}", id).then().statusCode(404)
                .body("error", equalTo("No watchlist with id " + id + "; list the saved ones with GET /api/watchlists."));
    }

    @Test
    void aWatchlistWithoutCriteriaIsABadRequest() {
        given().contentType("application/json").body("{\"name\":\"空\"}")
                .when().post("/api/watchlists")
                .then().statusCode(400)
                .body("error", equalTo("watchlist 空 has no criterion: give q, persons, places or organizations"));
    }

    @Test
    void aWatchlistBeyondItsBoundsIsABadRequestThatNamesTheBound() {
        String tooMany = "[" + "\"人\",".repeat(20) + "\"人\"]";
        given().contentType("application/json").body("{\"name\":\"多\",\"persons\":" + tooMany + "}")
                .when().post("/api/watchlists")
                .then().statusCode(400)
                .body("error", equalTo("watchlist not saved: persons has 21 entries; at most 20 (split it into several watchlists)"));
        given().contentType("application/json").body("{\"name\":\"" + "名".repeat(101) + "\",\"q\":\"铝\"}")
                .when().post("/api/watchlists")
                .then().statusCode(400)
                .body("error", equalTo("watchlist not saved: name has 101 characters; at most 100"));
        given().contentType("application/json").body("{\"name\":\"长\",\"organizations\":[\"" + "局".repeat(201) + "\"]}")
                .when().post("/api/watchlists")
                .then().statusCode(400)
                .body("error", equalTo("watchlist not saved: organizations has an entry of 201 characters; at most 200"));
        given().when().get("/api/watchlists").then().statusCode(200).body("name", not(hasItem("多")));
    }

    @Test
    void aBodyLargerThanTheLimitIsRefusedBeforeItIsRead() {
        String huge = "{\"name\":\"大\",\"q\":\"" + "字".repeat(40_000) + "\"}";

        given().contentType("application/json").body(huge)
                .when().post("/api/watchlists")
                .then().statusCode(413);
    }
}
