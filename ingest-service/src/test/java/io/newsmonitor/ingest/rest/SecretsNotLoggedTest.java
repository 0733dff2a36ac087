package io.newsmonitor.ingest.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsmonitor.ingest.TempFolders;
import io.quarkus.test.common.WithTestResource;
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
 * Runs the service with an API token and every log it writes going to a file (DEBUG for the service's own classes,
 * the HTTP access log on), makes requests with the right token, a wrong one and none, and reads the whole log: the
 * refusals are there, the token and the wrong token are nowhere.
 */
@QuarkusTest
@TestProfile(SecretsNotLoggedTest.TokenAndLogFile.class)
@WithTestResource(TempFolders.class)
class SecretsNotLoggedTest {

    static final String TOKEN = "ingest-secret-" + UUID.randomUUID();
    static final String WRONG_TOKEN = "stolen-elsewhere-" + UUID.randomUUID();
    static final Path LOG = Path.of("target/secrets-not-logged/ingest-" + UUID.randomUUID() + ".log");

    /** The token, the log file, and logging turned up to catch any leak. */
    public static class TokenAndLogFile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "ingest.api-token", TOKEN,
                    "quarkus.log.file.enabled", "true",
                    "quarkus.log.file.path", LOG.toString(),
                    "quarkus.log.category.\"io.newsmonitor\".level", "DEBUG",
                    "quarkus.http.access-log.enabled", "true",
                    "quarkus.http.access-log.pattern", "combined");
        }
    }

    @Test
    void logsTheRefusalsButNeverTheTokenNorAWrongOne() throws Exception {
        byte[] article = "巴中市召开全市安全生产工作会议。".getBytes(StandardCharsets.UTF_8);
        given().contentType("text/plain; charset=UTF-8").header("Authorization", "Bearer " + TOKEN).body(article)
                .when().post("/api/articles").then().statusCode(202);
        given().contentType("text/plain; charset=UTF-8").header(WriteTokenFilter.TOKEN_HEADER, TOKEN).body(article)
                .when().post("/api/articles").then().statusCode(202);
        given().contentType("text/plain; charset=UTF-8").header("Authorization", "Bearer " + WRONG_TOKEN).body(article)
                .when().post("/api/articles").then().statusCode(401);
        given().contentType("text/plain; charset=UTF-8").header(WriteTokenFilter.TOKEN_HEADER, WRONG_TOKEN).body(article)
                .when().post("/api/articles").then().statusCode(401);
        given().contentType("text/plain; charset=UTF-8").body(article)
                .when().post("/api/articles").then().statusCode(401);

        String log = Files.readString(LOG, StandardCharsets.UTF_8);

        assertThat(log).contains("Write endpoints require a token (ingest.api-token is set).");
        assertThat(log.lines().filter(l -> l.contains("POST /api/articles refused with 401: the API token sent is wrong.")))
                .hasSize(2);
        assertThat(log.lines().filter(l -> l.contains("POST /api/articles refused with 401: no API token was sent.")))
                .hasSize(1);
        assertThat(log.lines().filter(l -> l.contains("\"POST /api/articles HTTP/1.1\" 401"))).hasSize(3);
        assertThat(log.lines().filter(l -> l.contains("\"POST /api/articles HTTP/1.1\" 202"))).hasSize(2);
        assertThat(log).doesNotContain(TOKEN).doesNotContain(WRONG_TOKEN);
    }
}
