package io.newsmonitor.query;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DashboardTest {

    /** Where the org.mvnpm:echarts jar serves the bundle; the version must match the pom. */
    static final String ECHARTS = "/_static/echarts/6.0.0/dist/echarts.min.js";

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
    void loadsEChartsFromItsWebJarBeforeTheChartScript() {
        String page = given().when().get("/index.html").then().statusCode(200).extract().asString();

        assertThat(page).contains("<script src=\"" + ECHARTS + "\" defer></script>");
        assertThat(page.indexOf(ECHARTS)).isLessThan(page.indexOf("src=\"charts.js\""));
        assertThat(page.indexOf("src=\"charts.js\"")).isLessThan(page.indexOf("src=\"app.js\""));
    }

    @Test
    void servesTheEChartsScript() {
        given().when().get(ECHARTS).then().statusCode(200)
                .contentType(containsString("javascript"))
                .body(containsString("echarts"));
    }

    @Test
    void servesTheChartScriptWithItsFourCharts() {
        given().when().get("/charts.js").then().statusCode(200)
                .body(containsString("/api/entities/top?type="))
                .body(containsString("/api/places/map"));
        given().when().get("/index.html").then().statusCode(200)
                .body(containsString("id=\"chart-persons\""))
                .body(containsString("id=\"chart-places\""))
                .body(containsString("id=\"chart-orgs\""))
                .body(containsString("id=\"chart-map\""))
                .body(containsString("id=\"detail-removed\""));
    }

    @Test
    void browsersRevalidateTheDashboardFilesSoAnUpgradeShowsAtOnce() {
        String lastModified = given().when().get("/app.js").then().statusCode(200)
                .header("Cache-Control", containsString("max-age=0"))
                .extract().header("Last-Modified");
        assertThat(lastModified).as("Last-Modified of app.js").isNotBlank();

        given().header("If-Modified-Since", lastModified).when().get("/app.js").then().statusCode(304);
    }

    @Test
    void servesTheScriptAndTheStyles() {
        given().when().get("/app.js").then().statusCode(200).body(containsString("EventSource"));
        given().when().get("/app.css").then().statusCode(200).body(containsString("PingFang SC"));
    }
}
