package io.newsmonitor.nlp.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import io.newsmonitor.events.ArticleIds;
import io.newsmonitor.nlp.support.Seeds;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EnrichResourceTest {

    @Test
    void enrichesPostedTextWithoutKafka() {
        String text = Seeds.text("003");

        given().contentType("text/plain; charset=UTF-8").body(text)
                .when().post("/api/enrich")
                .then().statusCode(200)
                .contentType("application/json")
                .body("schemaVersion", equalTo(1))
                .body("id", equalTo(ArticleIds.of(text)))
                .body("fileName", equalTo("http-post"))
                .body("script", equalTo("traditional"))
                .body("title", equalTo("帅乡工业高质量发展:再造一个“工业乐至”"))
                .body("publishedAt", equalTo("2024-10-17T21:18:00+08:00"))
                .body("outlet", equalTo("中新网四川"))
                .body("persons.name", hasItem("孙小红"))
                .body("enrichedAt", startsWith("20"));
    }

    @Test
    void rejectsEmptyBodyWithWhatToDo() {
        given().contentType("text/plain; charset=UTF-8").body("  ")
                .when().post("/api/enrich")
                .then().statusCode(400)
                .contentType("application/json")
                .body("error", startsWith("The request body is empty. POST the article text as text/plain"));
    }
}
