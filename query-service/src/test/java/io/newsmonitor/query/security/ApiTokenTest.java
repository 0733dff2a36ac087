package io.newsmonitor.query.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(ApiTokenTest.WithToken.class)
class ApiTokenTest {

    static final String TOKEN = "s3cr3t-token-for-tests";
    static final String WATCHLIST = "{\"name\":\"巴中\",\"persons\":[\"罗增斌\"]}";
    static final String MISSING = "This request changes data and needs the API token: send"
            + " 'Authorization: Bearer <token>' or 'X-Api-Token: <token>' (the value of query.api-token).";
    static final String WRONG = "The API token sent is wrong: send the value of query.api-token as"
            + " 'Authorization: Bearer <token>' or 'X-Api-Token: <token>'.";

    /** Runs the service with a configured API token. */
    public static class WithToken implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("query.api-token", TOKEN);
        }
    }

    @Test
    void aWriteWithoutTokenIsUnauthorized() {
        given().contentType("application/json").body(WATCHLIST)
                .when().post("/api/watchlists")
                .then().statusCode(401)
                .header("WWW-Authenticate", "Bearer")
                .body("error", equalTo(MISSING));
    }

    @Test
    void aWriteWithAWrongTokenIsUnauthorized() {
        given().contentType("application/json").body(WATCHLIST).header("Authorization", "Bearer " + TOKEN + "x")
                .when().post("/api/watchlists")
                .then().statusCode(401)
                .body("error", equalTo(WRONG));
        given().contentType("application/json").body(WATCHLIST).header("X-Api-Token", "nope")
                .when().post("/api/watchlists")
                .then().statusCode(401)
                .body("error", equalTo(WRONG));
    }

    @Test
    void theRightBearerTokenSavesAndOnlyItDeletes() {
        String id = given().contentType("application/json").body(WATCHLIST).header("Authorization", "Bearer " + TOKEN)
                .when().post("/api/watchlists")
                .then().statusCode(201)
                .body("name", equalTo("巴中"))
                .extract().path("id");

        given().when().delete("/api/watchlists/{id}", id)
                .then().statusCode(401)
                .body("error", equalTo(MISSING));
        given().header("Authorization", "Bearer " + TOKEN)
                .when().delete("/api/watchlists/{id}", id)
                .then().statusCode(204);
    }

    @Test
    void theXApiTokenHeaderSaves() {
        given().contentType("application/json").body(WATCHLIST).header("X-Api-Token", TOKEN)
                .when().post("/api/watchlists")
                .then().statusCode(201)
                .body("persons[0]", equalTo("罗增斌"));
    }

    @Test
    void readsStayOpen() {
        given().when().get("/api/watchlists").then().statusCode(200);
        given().when().get("/api/articles").then().statusCode(200);
    }
}
