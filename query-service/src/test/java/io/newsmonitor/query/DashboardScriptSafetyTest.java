package io.newsmonitor.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A cheap guard: article content is untrusted, so the dashboard never parses strings as HTML. */
class DashboardScriptSafetyTest {

    private static final Path RESOURCES = Path.of("src/main/resources/META-INF/resources");

    @ParameterizedTest
    @ValueSource(strings = {"app.js", "charts.js", "watchlists.js"})
    void dashboardScriptNeverAssignsHtml(String fileName) throws IOException {
        String script = Files.readString(RESOURCES.resolve(fileName), StandardCharsets.UTF_8);

        assertThat(script)
                .doesNotContainPattern("\\.(innerHTML|outerHTML)\\s*\\+?=")
                .doesNotContain("insertAdjacentHTML")
                .doesNotContain("document.write")
                .doesNotContain("eval(");
    }

    @Test
    void everyChartTooltipIsBuiltByAFormatterThatEscapes() throws IOException {
        String script = Files.readString(RESOURCES.resolve("charts.js"), StandardCharsets.UTF_8);

        // ECharts puts a tooltip string into the page as HTML, so each one escapes the names it shows.
        assertThat(script.split("tooltip:", -1)).hasSize(3);
        assertThat(script.split("formatter: \\(p\\) => \\{", -1)).hasSize(3);
        assertThat(script.split("escapeHtml\\((r|place)\\.name\\)", -1)).hasSize(3);
    }

    @Test
    void watchlistScriptKeepsTheApiTokenOutOfThePageAndTheConsole() throws IOException {
        String script = Files.readString(RESOURCES.resolve("watchlists.js"), StandardCharsets.UTF_8);

        assertThat(script)
                .doesNotContain("console.")
                .doesNotContain("localStorage")
                .contains("sessionStorage.setItem(TOKEN_KEY, token)")
                .contains("headers.Authorization = `Bearer ${token}`");
    }
}
