package io.newsmonitor.query;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DashboardTest {

    @Test
    void servesTheDashboardAtTheRoot() {
        given().when().get("/")
                .then().statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("<title>NewsMonitor</title>"))
                .body(containsString("<meta charset=\"utf-8\">"))
                .body(containsString("app.js"))
                .body(containsString("app.css"));
    }

    @Test
    void servesTheScriptAndTheStyles() {
        given().when().get("/app.js").then().statusCode(200).body(containsString("EventSource"));
        given().when().get("/app.css").then().statusCode(200).body(containsString("PingFang SC"));
    }
}
