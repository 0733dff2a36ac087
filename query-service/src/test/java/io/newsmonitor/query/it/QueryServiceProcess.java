package io.newsmonitor.query.it;

import io.newsmonitor.local.kafka.FreePorts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** The packaged query-service ({@code target/quarkus-app}) run as a child process against a real broker. */
final class QueryServiceProcess implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Process process;
    private final Path log;
    private final int port;

    private QueryServiceProcess(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    static QueryServiceProcess start(String bootstrapServers, Path dataDir, Path log) {
        Path jar = Path.of("target", "quarkus-app", "quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException("No packaged service at " + jar.toAbsolutePath() + "; run mvn verify.");
        }
        int port = FreePorts.pick(1)[0];
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-jar", jar.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("QUERY_HTTP_PORT", Integer.toString(port));
        builder.environment().put("QUERY_HTTP_HOST", "127.0.0.1");
        builder.environment().put("KAFKA_BOOTSTRAP_SERVERS", bootstrapServers);
        builder.environment().put("QUERY_DATA_DIR", dataDir.toString());
        try {
            return new QueryServiceProcess(builder.start(), log, port);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + jar.toAbsolutePath(), e);
        }
    }

    /** The body of a GET, or null when the service does not answer (yet) or answers other than 200. */
    String get(String path) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url(path)))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? response.body() : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** The status and body of a POST of JSON. */
    HttpResponse<String> postJson(String path, String json) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url(path)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    String log() throws IOException {
        return Files.readString(log, StandardCharsets.UTF_8);
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    /** Kills the service at once (SIGKILL), as a crash or a power cut would: nothing is saved or committed. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }

    /** Stops the service as an operator would (SIGTERM), so that it commits its index. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
