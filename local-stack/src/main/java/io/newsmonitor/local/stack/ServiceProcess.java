package io.newsmonitor.local.stack;

import io.newsmonitor.local.kafka.JavaCommand;
import io.newsmonitor.local.kafka.ManagedProcess;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** One packaged Quarkus service running as a child process, with its readiness check. */
final class ServiceProcess {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Service service;
    private final ManagedProcess process;
    private final URI readiness;

    private ServiceProcess(Service service, ManagedProcess process, URI readiness) {
        this.service = service;
        this.process = process;
        this.readiness = readiness;
    }

    static ServiceProcess start(Service service, Path jar, List<String> jvmOptions, Map<String, String> env,
            Path workDir, Path logFile, int port) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(service.module() + " is not built: " + jar + " is missing. "
                    + "Build it with ./mvnw -DskipTests package (./run.sh does this for you).");
        }
        ManagedProcess process = ManagedProcess.start(service.module(), JavaCommand.forJar(jvmOptions, jar), workDir,
                env, logFile);
        return new ServiceProcess(service, process, URI.create("http://127.0.0.1:" + port + "/q/health/ready"));
    }

    Service service() {
        return service;
    }

    ManagedProcess process() {
        return process;
    }

    /** Waits until the service reports ready, failing with its log if it exits or takes too long. */
    void awaitReady(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        String lastAnswer = "no answer yet";
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(service.module() + " exited during start-up (exit "
                        + process.exitValue() + "). Last lines of " + process.logFile() + ":\n" + process.logTail(40));
            }
            try {
                HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(readiness)
                        .timeout(Duration.ofSeconds(2)).GET().build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
                lastAnswer = "HTTP " + response.statusCode() + " " + response.body();
            } catch (IOException e) {
                lastAnswer = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for " + service.module(), e);
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for " + service.module(), e);
            }
        }
        throw new IllegalStateException(service.module() + " was not ready at " + readiness + " within "
                + timeout.toSeconds() + " s (last answer: " + lastAnswer + "). Last lines of " + process.logFile()
                + ":\n" + process.logTail(40));
    }
}
