package io.newsmonitor.bench;

import io.newsmonitor.events.Topics;
import io.newsmonitor.local.kafka.BrokerSettings;
import io.newsmonitor.local.kafka.FreePorts;
import io.newsmonitor.local.kafka.JavaCommand;
import io.newsmonitor.local.kafka.LocalKafkaBroker;
import io.newsmonitor.local.kafka.ManagedProcess;
import io.newsmonitor.local.kafka.TopicSetup;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.LongPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;

/**
 * How many files per second the packaged ingest service publishes from its inbox: a real broker, N small
 * articles moved into the inbox at once, the service's own defaults (acks=all, idempotent producer, one
 * acknowledgement awaited per file). Reports files/s from the first move to the last file in processed/, the
 * per-file time the service logs (read, publish until acknowledged, move), and the records on articles.raw.
 *
 * <p>Run from the repository root after packaging ingest-service: {@code bench/run.sh IngestFolderBenchmark 10000}.
 */
public final class IngestFolderBenchmark {

    private static final Path JAR = Path.of(System.getProperty("ingest.jar",
            "ingest-service/target/quarkus-app/quarkus-run.jar"));
    private static final Duration MAX_RUN = Duration.ofMinutes(30);
    private static final Pattern FILE_TIME =
            Pattern.compile("article-\\d+\\.txt: .* published(?: after \\d+ attempts)? and moved to .* in (\\d+) ms\\.");
    private static final Pattern PROCESSED = Pattern.compile("\"processed\"\\s*:\\s*(\\d+)");

    private IngestFolderBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR.toAbsolutePath() + " is missing: package ingest-service first "
                    + "(bench/run.sh does), and run from the repository root.");
        }
        Path root = Files.createTempDirectory("ingest-bench-");
        LocalKafkaBroker broker = new LocalKafkaBroker(BrokerSettings.onFreePorts(root.resolve("kafka"))).start();
        ManagedProcess service = null;
        try {
            try (Admin admin = broker.admin()) {
                TopicSetup.createMissing(admin, TopicSetup.newsMonitorTopics((short) 1));
            }
            List<Path> staged = IngestSampleArticles.fromSeeds(Path.of("seeds")).write(root.resolve("staging"), count);
            long bytes = 0;
            for (Path file : staged) {
                bytes += Files.size(file);
            }
            int port = FreePorts.pick(1)[0];
            service = startService(root, broker.bootstrapServers(), port);
            HttpClient http = HttpClient.newHttpClient();
            awaitStatus(http, port, service, processed -> true);

            long started = System.nanoTime();
            Path inbox = root.resolve("inbox");
            for (Path file : staged) {
                Files.move(file, inbox.resolve(file.getFileName()));
            }
            awaitStatus(http, port, service, processed -> processed >= count);
            long elapsedNanos = System.nanoTime() - started;
            service.stop(30);

            long[] fileMillis = fileTimes(service.logFile());
            long records = recordsOnRawTopic(broker);
            double seconds = elapsedNanos / 1e9;
            System.out.printf("Ingest folder benchmark: %d files (%d KB in all, %d bytes on average)%n", count,
                    bytes / 1024, bytes / count);
            System.out.printf("  total time from the first move into the inbox to the last file in processed/: %.1f s%n",
                    seconds);
            System.out.printf("  published (acknowledged) and moved: %.1f files/s%n", count / seconds);
            System.out.printf("  per-file time logged by the service (read, publish until acknowledged, move), "
                    + "%d files: %s%n", fileMillis.length, Percentiles.of(fileMillis).describe(" ms"));
            System.out.printf("  records on %s: %d (expected %d, one per file)%n", Topics.RAW, records, count);
        } finally {
            if (service != null) {
                service.stop(30);
            }
            broker.stop();
            deleteRecursively(root);
        }
    }

    // The service's defaults apart from where it works: its folders below root, a free port and the test broker.
    private static ManagedProcess startService(Path root, String bootstrapServers, int port) {
        List<String> jvmOptions = new ArrayList<>(List.of("-Xmx512m", "-Dquarkus.http.port=" + port,
                "-Dkafka.bootstrap.servers=" + bootstrapServers));
        for (String folder : List.of("inbox", "processed", "rejected", "state")) {
            jvmOptions.add("-Dingest." + folder + "-dir=" + root.resolve(folder));
        }
        return ManagedProcess.start("ingest-service", JavaCommand.forJar(jvmOptions, JAR.toAbsolutePath()),
                root.resolve("work"), Map.of(), root.resolve("ingest.log"));
    }

    /** Polls {@code /api/ingest/status} until the processed count satisfies {@code done}. */
    private static void awaitStatus(HttpClient http, int port, ManagedProcess service,
            LongPredicate done) throws InterruptedException {
        URI status = URI.create("http://127.0.0.1:" + port + "/api/ingest/status");
        long deadline = System.nanoTime() + MAX_RUN.toNanos();
        while (System.nanoTime() < deadline) {
            if (!service.isAlive()) {
                throw new IllegalStateException("The ingest service exited:\n" + service.logTail(40));
            }
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(status)
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                Matcher processed = PROCESSED.matcher(response.body());
                if (response.statusCode() == 200 && processed.find() && done.test(Long.parseLong(processed.group(1)))) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // Still starting.
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("The ingest service did not finish within " + MAX_RUN.toMinutes()
                + " minutes:\n" + service.logTail(40));
    }

    private static long[] fileTimes(Path log) throws IOException {
        try (Stream<String> lines = Files.lines(log)) {
            return lines.map(FILE_TIME::matcher).filter(Matcher::find)
                    .mapToLong(m -> Long.parseLong(m.group(1))).toArray();
        }
    }

    private static long recordsOnRawTopic(LocalKafkaBroker broker) throws Exception {
        try (Admin admin = broker.admin()) {
            Map<TopicPartition, OffsetSpec> latest = admin.describeTopics(List.of(Topics.RAW)).allTopicNames().get()
                    .get(Topics.RAW).partitions().stream()
                    .collect(Collectors.toMap(p -> new TopicPartition(Topics.RAW, p.partition()),
                            p -> OffsetSpec.latest()));
            return admin.listOffsets(latest).all().get().values().stream().mapToLong(o -> o.offset()).sum();
        }
    }

    private static void deleteRecursively(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
