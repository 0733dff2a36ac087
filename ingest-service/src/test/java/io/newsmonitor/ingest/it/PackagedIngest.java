package io.newsmonitor.ingest.it;

import static org.awaitility.Awaitility.await;

import io.newsmonitor.local.kafka.FreePorts;
import io.newsmonitor.local.kafka.JavaCommand;
import io.newsmonitor.local.kafka.ManagedProcess;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The packaged ingest service ({@code target/quarkus-app/quarkus-run.jar}) running as a child process on the
 * folders below a test's root, configured through its environment variables as an operator would.
 */
final class PackagedIngest {

    private static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar").toAbsolutePath();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final ManagedProcess process;
    private final URI readiness;

    private PackagedIngest(ManagedProcess process, int port) {
        this.process = process;
        this.readiness = URI.create("http://127.0.0.1:" + port + "/q/health/ready");
    }

    /** Starts the service on a free port with its inbox, processed, rejected and state folders below {@code root}. */
    static PackagedIngest start(Path root, String bootstrapServers, Duration pauseBeforeMove, String logName) {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR + " is missing: this test runs the packaged service; run it with "
                    + "./mvnw -pl ingest-service verify, which packages the service first.");
        }
        int port = FreePorts.pick(1)[0];
        Map<String, String> env = Map.of(
                "INGEST_HTTP_PORT", Integer.toString(port),
                "INGEST_INBOX_DIR", root.resolve("inbox").toString(),
                "INGEST_PROCESSED_DIR", root.resolve("processed").toString(),
                "INGEST_REJECTED_DIR", root.resolve("rejected").toString(),
                "INGEST_STATE_DIR", root.resolve("state").toString(),
                "INGEST_POLL_INTERVAL", "100ms",
                "INGEST_SETTLE_TIME", "100ms",
                "INGEST_PAUSE_BEFORE_MOVE", pauseBeforeMove.toMillis() + "ms",
                "KAFKA_BOOTSTRAP_SERVERS", bootstrapServers);
        ManagedProcess process = ManagedProcess.start("ingest-service",
                JavaCommand.forJar(List.of("-Xmx256m", "-Dfile.encoding=UTF-8"), JAR), root.resolve("work"), env,
                root.resolve(logName));
        return new PackagedIngest(process, port);
    }

    ManagedProcess process() {
        return process;
    }

    /** Everything the service has logged so far. */
    String log() throws IOException {
        return Files.readString(process.logFile(), StandardCharsets.UTF_8);
    }

    /** Waits until {@code /q/health/ready} answers 200; fails early, with the log, if the process exits. */
    void awaitReady(Duration timeout) {
        await().atMost(timeout).pollInterval(Duration.ofMillis(250)).until(() -> {
            if (!process.isAlive()) {
                throw new IllegalStateException("The ingest service exited during start-up (exit "
                        + process.exitValue() + "):\n" + process.logTail(40));
            }
            return isReady();
        });
    }

    private boolean isReady() throws InterruptedException {
        try {
            HttpResponse<Void> response = HTTP.send(HttpRequest.newBuilder(readiness).timeout(Duration.ofSeconds(2))
                    .GET().build(), HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException notYetListening) {
            return false;
        }
    }
}
