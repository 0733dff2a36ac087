package io.newsmonitor.query.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CorsTest {

    @Test
    void aCrossOriginPreflightGetsNoAllowOrigin() {
        given().header("Origin", "http://evil.example").header("Access-Control-Request-Method", "POST")
                .when().options("/api/watchlists")
                .then().header("Access-Control-Allow-Origin", nullValue())
                .header("Access-Control-Allow-Methods", nullValue());
    }

    @Test
    void aCrossOriginReadGetsNoAllowOrigin() {
        given().header("Origin", "http://evil.example")
                .when().get("/api/watchlists")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", nullValue());
    }
}
