package io.newsmonitor.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A cheap guard: article content is untrusted, so the dashboard never parses strings as HTML. */
class DashboardScriptSafetyTest {

    private static final Path SCRIPT = Path.of("src/main/resources/META-INF/resources/app.js");

    @Test
    void dashboardScriptNeverAssignsHtml() throws IOException {
        String script = Files.readString(SCRIPT, StandardCharsets.UTF_8);

        assertThat(script)
                .doesNotContainPattern("\\.(innerHTML|outerHTML)\\s*\\+?=")
                .doesNotContain("insertAdjacentHTML")
                .doesNotContain("document.write")
                .doesNotContain("eval(");
    }
}
