package io.newsmonitor.local.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EventStreamReaderTest {

    private HttpServer server;

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void handsOverEachEventWithItsNameAndItsDataLinesJoined() throws IOException {
        String url = serve(200, ": comment, ignored\n"
                + "event: heartbeat\ndata: {}\n\n"
                + "event: article\nid: a1\ndata: {\"id\":\"a1\",\"title\":\"县委书记\"}\n\n"
                + "data: first line\ndata:second line\n\n"
                + "event: alert\n\n");
        List<String> events = new CopyOnWriteArrayList<>();
        List<Exception> breaks = new CopyOnWriteArrayList<>();

        try (EventStreamReader reader = new EventStreamReader(url, (event, data) -> events.add(event + "=" + data), breaks::add)) {
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(events).hasSize(3));
        }

        assertThat(events).containsExactly("heartbeat={}", "article={\"id\":\"a1\",\"title\":\"县委书记\"}",
                "message=first line\nsecond line");
        assertThat(breaks).isEmpty();
    }

    @Test
    void reportsAnAnswerThatIsNotAStream() throws IOException {
        String url = serve(404, "{\"error\":\"no such page\"}");
        List<Exception> breaks = new CopyOnWriteArrayList<>();

        try (EventStreamReader reader = new EventStreamReader(url, (event, data) -> { }, breaks::add)) {
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(breaks).hasSize(1));
            assertThat(reader.connected()).isFalse();
        }

        assertThat(breaks.get(0)).hasMessageContaining("answered 404 instead of an event stream");
    }

    private String serve(int status, String body) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/stream", exchange -> {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/stream";
    }
}
