package io.newsmonitor.query.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Runs the query service with an API token and every log it writes going to a file (DEBUG for the service's own
 * classes, the HTTP access log on), makes write requests with the right token, a wrong one and none, and reads the
 * whole log: the 401 answers are there, the token and the wrong token are nowhere.
 */
@QuarkusTest
@TestProfile(SecretsNotLoggedTest.TokenAndLogFile.class)
class SecretsNotLoggedTest {

    static final String TOKEN = "query-secret-" + UUID.randomUUID();
    static final String WRONG_TOKEN = "stolen-elsewhere-" + UUID.randomUUID();
    static final Path LOG = Path.of("target/secrets-not-logged/query-" + UUID.randomUUID() + ".log");
    static final String WATCHLIST = "{\"name\":\"广元\",\"persons\":[\"王志杰\"]}";

    /** The token, the log file, and logging turned up to catch any leak. */
    public static class TokenAndLogFile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "query.api-token", TOKEN,
                    "quarkus.log.file.enabled", "true",
                    "quarkus.log.file.path", LOG.toString(),
                    "quarkus.log.category.\"io.newsmonitor\".level", "DEBUG",
                    "quarkus.http.access-log.enabled", "true",
                    "quarkus.http.access-log.pattern", "combined");
        }
    }

    @Test
    void logsTheRefusalsButNeverTheTokenNorAWrongOne() throws Exception {
        String id = given().contentType("application/json").body(WATCHLIST).header("Authorization", "Bearer " + TOKEN)
                .when().post("/api/watchlists").then().statusCode(201).extract().path("id");
        given().contentType("application/json").body(WATCHLIST).header(ApiTokenFilter.TOKEN_HEADER, WRONG_TOKEN)
                .when().post("/api/watchlists").then().statusCode(401);
        given().contentType("application/json").body(WATCHLIST).header("Authorization", "Bearer " + WRONG_TOKEN)
                .when().post("/api/watchlists").then().statusCode(401);
        given().when().delete("/api/watchlists/{id}", id).then().statusCode(401);
        given().header(ApiTokenFilter.TOKEN_HEADER, TOKEN).when().delete("/api/watchlists/{id}", id)
                .then().statusCode(204);

        String log = Files.readString(LOG, StandardCharsets.UTF_8);

        assertThat(log.lines().filter(l -> l.contains("\"POST /api/watchlists HTTP/1.1\" 201"))).hasSize(1);
        assertThat(log.lines().filter(l -> l.contains("\"POST /api/watchlists HTTP/1.1\" 401"))).hasSize(2);
        assertThat(log.lines().filter(l -> l.contains("\"DELETE /api/watchlists/" + id + " HTTP/1.1\" 401")))
                .hasSize(1);
        assertThat(log.lines().filter(l -> l.contains("\"DELETE /api/watchlists/" + id + " HTTP/1.1\" 204")))
                .hasSize(1);
        assertThat(log).doesNotContain(TOKEN).doesNotContain(WRONG_TOKEN);
    }
}
