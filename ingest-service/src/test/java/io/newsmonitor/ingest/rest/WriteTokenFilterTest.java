package io.newsmonitor.ingest.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.newsmonitor.ingest.TempFolders;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(WriteTokenFilterTest.WithToken.class)
@WithTestResource(TempFolders.class)
class WriteTokenFilterTest {

    static final String TOKEN = "s3cret-ingest-token-0123";

    /** Sets ingest.api-token, so that POST /api/articles needs it. */
    public static final class WithToken implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("ingest.api-token", TOKEN);
        }
    }

    @Test
    void answers401ToAPostWithoutAToken() {
        given().contentType("text/plain; charset=UTF-8").body("北京市政府今天发布了新的交通规定。")
                .when().post("/api/articles")
                .then().statusCode(401)
                .header("WWW-Authenticate", equalTo("Bearer"))
                .body("error", equalTo(WriteTokenFilter.MISSING_OR_WRONG));
    }

    @Test
    void answers401ToAPostWithAWrongBearerToken() {
        given().contentType("text/plain; charset=UTF-8").header("Authorization", "Bearer " + TOKEN + "x")
                .body("上海市今天召开了新闻发布会。")
                .when().post("/api/articles")
                .then().statusCode(401)
                .body("error", equalTo(WriteTokenFilter.MISSING_OR_WRONG));
    }

    @Test
    void answers401ToAPostWithAWrongApiTokenHeader() {
        given().contentType("text/plain; charset=UTF-8").header("X-Api-Token", "s3cret")
                .body("广州市今天召开了新闻发布会。")
                .when().post("/api/articles")
                .then().statusCode(401)
                .body("error", equalTo(WriteTokenFilter.MISSING_OR_WRONG));
    }

    @Test
    void publishesAPostWithTheRightBearerToken() {
        given().contentType("text/plain; charset=UTF-8").header("Authorization", "Bearer " + TOKEN)
                .body("深圳市今天发布了新的住房政策。")
                .when().post("/api/articles")
                .then().statusCode(202)
                .body("status", equalTo("published"));
    }

    @Test
    void publishesAPostWithTheRightApiTokenHeader() {
        given().contentType("text/plain; charset=UTF-8").header("X-Api-Token", TOKEN)
                .body("杭州市今天发布了新的环保规定。")
                .when().post("/api/articles")
                .then().statusCode(202)
                .body("status", equalTo("published"));
    }

    @Test
    void leavesTheStatusEndpointOpen() {
        given().when().get("/api/ingest/status").then().statusCode(200);
    }

    @Test
    void leavesHealthOpen() {
        given().when().get("/q/health/live").then().statusCode(200);
    }

    @Test
    void leavesMetricsOpen() {
        given().when().get("/q/metrics").then().statusCode(200);
    }

    @Test
    void givesNoCorsHeaderToACrossOriginPreflight() {
        given().header("Origin", "http://evil.example").header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "Authorization")
                .when().options("/api/articles")
                .then().header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void givesNoCorsHeaderToACrossOriginPost() {
        given().header("Origin", "http://evil.example").header("X-Api-Token", TOKEN)
                .contentType("text/plain; charset=UTF-8").body("南京市今天发布了新的教育政策。")
                .when().post("/api/articles")
                .then().statusCode(202)
                .header("Access-Control-Allow-Origin", nullValue());
    }
}
