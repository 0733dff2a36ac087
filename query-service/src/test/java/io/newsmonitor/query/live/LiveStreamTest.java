package io.newsmonitor.query.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsmonitor.events.EnrichedArticle;
import io.newsmonitor.events.EventJson;
import io.newsmonitor.query.SampleArticles;
import io.newsmonitor.query.kafka.EnrichedArticleConsumer;
import io.newsmonitor.query.index.LuceneArticleView;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.eclipse.microprofile.reactive.messaging.spi.Connector;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Reads /api/stream with a real HTTP client, line by line, as a browser's EventSource would. */
@QuarkusTest
class LiveStreamTest {

    @Inject
    @Connector("smallrye-in-memory")
    InMemoryConnector connector;

    @Inject
    LuceneArticleView view;

    @TestHTTPResource("/api/stream")
    URI stream;

    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final ExecutorService reader = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "sse-test-reader");
        thread.setDaemon(true);
        return thread;
    });
    private HttpResponse<Stream<String>> response;

    @BeforeEach
    void connect() throws Exception {
        view.clear();
        HttpRequest request = HttpRequest.newBuilder(stream).header("Accept", "text/event-stream").GET().build();
        response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofLines());
        reader.submit(() -> response.body().forEach(lines::add));
    }

    @AfterEach
    void disconnect() {
        response.body().close();
        reader.shutdownNow();
    }

    @Test
    void answersWithAnEventStream() {
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/event-stream"));
    }

    @Test
    void sendsAHeartbeatAsSoonAsTheClientConnects() {
        // The test profile sets the heartbeat interval to 30 s: a heartbeat within 5 s is the first one.
        await().atMost(Duration.ofSeconds(5)).until(() -> lines.contains("event:heartbeat"));
    }

    @Test
    void sendsANewlyEnrichedArticleToTheConnectedClient() {
        await().atMost(Duration.ofSeconds(10)).until(() -> lines.contains("event:heartbeat"));
        EnrichedArticle pingchang = SampleArticles.pingchang(Instant.parse("2026-01-10T08:00:05Z"));

        connector.source(EnrichedArticleConsumer.CHANNEL).send(EventJson.write(pingchang));

        await().atMost(Duration.ofSeconds(10)).until(() -> lines.contains("id:" + pingchang.id()));
        int id = lines.indexOf("id:" + pingchang.id());
        List<String> event = lines.subList(Math.max(0, id - 2), Math.min(lines.size(), id + 3));
        assertThat(event).contains("event:article");
        assertThat(event).anySatisfy(line -> assertThat(line)
                .startsWith("data:{")
                .contains("\"id\":\"" + pingchang.id() + "\"")
                .contains("\"title\":\"平昌县级领导干部和正科级主要负责同志读书班举行\"")
                .contains("李余良")
                .doesNotContain("\"text\""));
    }

    @Test
    void doesNotResendAnArticleThatIsOnlyReplaced() {
        await().atMost(Duration.ofSeconds(10)).until(() -> lines.contains("event:heartbeat"));
        EnrichedArticle first = SampleArticles.pingchang(Instant.parse("2026-01-10T08:00:05Z"));
        EnrichedArticle marker = SampleArticles.article("标记文章", Instant.parse("2026-01-10T08:00:00Z"),
                Instant.parse("2026-01-10T08:00:09Z"));

        connector.source(EnrichedArticleConsumer.CHANNEL).send(EventJson.write(first));
        connector.source(EnrichedArticleConsumer.CHANNEL).send(EventJson.write(
                SampleArticles.pingchang(Instant.parse("2026-01-10T08:01:05Z"))));
        connector.source(EnrichedArticleConsumer.CHANNEL).send(EventJson.write(marker));

        await().atMost(Duration.ofSeconds(10)).until(() -> lines.contains("id:" + marker.id()));
        assertThat(lines.stream().filter(("id:" + first.id())::equals)).hasSize(1);
    }
}
