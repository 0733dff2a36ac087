package io.newsmonitor.bench;

import io.newsmonitor.bench.ingest.PacedDrops;
import io.newsmonitor.bench.ingest.RawAppendTimes;
import io.newsmonitor.events.Topics;
import io.newsmonitor.local.kafka.FreePorts;
import io.newsmonitor.local.kafka.JavaCommand;
import io.newsmonitor.local.kafka.LocalKafkaBroker;
import io.newsmonitor.local.kafka.ManagedProcess;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
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
 * How many files per second the packaged ingest service publishes from its inbox, and how soon after its drop
 * each file is acknowledged: a real broker, N small articles renamed into the inbox all at once or at a fixed
 * rate, the service's own defaults (acks=all, idempotent producer, each file moved after its own acknowledgement).
 * Reports files/s from the first move to the last file in processed/, drop → ack latency (rename into the inbox
 * → broker append time of its record), the per-file time the service logs (read, publish until acknowledged,
 * move), the service's CPU time per file (user + system, from {@code /proc}, over the run, including its idle
 * work such as answering the status polls) and the records on articles.raw.
 *
 * <p>Run from the repository root after packaging ingest-service: {@code bench/run.sh IngestFolderBenchmark 10000}
 * (all at once) or {@code bench/run.sh IngestFolderBenchmark --rate 20 --seconds 30} (paced); a last argument
 * {@code --just-written} gives each file the modification time of its drop; {@code --jfr=recording.jfr} records the
 * service with Java Flight Recorder for {@code jfr print}; {@code --warm-up=N} first drops N other files all at once and
 * measures only after they are published, so that the figures leave out the JIT compilation of a fresh service. Another build of the
 * service can be measured with {@code -Dingest.jar=path/to/quarkus-run.jar}.
 */
public final class IngestFolderBenchmark {

    private static final Path JAR = Path.of(System.getProperty("ingest.jar",
            "ingest-service/target/quarkus-app/quarkus-run.jar"));
    /** {@code /proc/<pid>/stat} counts CPU time in ticks of USER_HZ, 100 a second. */
    private static final double MILLIS_PER_TICK = 10.0;
    private static final Duration MAX_RUN = Duration.ofMinutes(30);
    private static final Pattern FILE_TIME =
            Pattern.compile("article-\\d+\\.txt: .* published(?: after \\d+ attempts)? and moved to .* in (\\d+) ms\\.");
    private static final Pattern PROCESSED = Pattern.compile("\"processed\"\\s*:\\s*(\\d+)");

    private IngestFolderBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        boolean justWritten = Arrays.asList(args).contains("--just-written");
        Path recording = Arrays.stream(args).filter(a -> a.startsWith("--jfr=")).map(a -> Path.of(a.substring(6)))
                .findFirst().orElse(null);
        int warmUp = Arrays.stream(args).filter(a -> a.startsWith("--warm-up=")).mapToInt(a -> Integer.parseInt(a.substring(10)))
                .findFirst().orElse(0);
        args = Arrays.stream(args).filter(a -> !a.equals("--just-written") && !a.startsWith("--jfr=")
                && !a.startsWith("--warm-up=")).toArray(String[]::new);
        boolean paced = args.length == 4 && args[0].equals("--rate") && args[2].equals("--seconds");
        if (!paced && args.length > 1) {
            throw new IllegalArgumentException("usage: IngestFolderBenchmark [count] | --rate <files/s> --seconds <s>"
                    + " [--just-written] [--jfr=recording.jfr] [--warm-up=files]");
        }
        double rate = paced ? Double.parseDouble(args[1]) : 0;
        int count = paced ? (int) Math.round(rate * Integer.parseInt(args[3]))
                : args.length == 1 ? Integer.parseInt(args[0]) : 10_000;
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR.toAbsolutePath() + " is missing: package ingest-service first "
                    + "(bench/run.sh does), and run from the repository root.");
        }
        Path root = Files.createTempDirectory("ingest-bench-");
        LocalKafkaBroker broker = LocalKafkaBroker.startWithNewsMonitorTopics(root.resolve("kafka"));
        ManagedProcess service = null;
        try {
            try (Admin admin = broker.admin()) {
                RawAppendTimes.useAppendTime(admin);
            }
            List<Path> all = IngestSampleArticles.fromSeeds(Path.of("seeds")).write(root.resolve("staging"), warmUp + count);
            List<Path> warmUpFiles = all.subList(0, warmUp);
            List<Path> staged = all.subList(warmUp, all.size());
            long bytes = 0;
            for (Path file : staged) {
                bytes += Files.size(file);
            }
            int port = FreePorts.pick(1)[0];
            service = startService(root, broker.bootstrapServers(), port, recording);
            HttpClient http = HttpClient.newHttpClient();
            awaitStatus(http, port, service, processed -> true);
            if (warmUp > 0) {
                PacedDrops.drop(warmUpFiles, root.resolve("inbox"), 0, false);
                awaitStatus(http, port, service, processed -> processed >= warmUp);
            }

            long started = System.nanoTime();
            ProcessSample before = ProcessSample.of(service.pid());
            Map<String, Long> dropped = PacedDrops.drop(staged, root.resolve("inbox"), rate, justWritten);
            awaitStatus(http, port, service, processed -> processed >= warmUp + count);
            long elapsedNanos = System.nanoTime() - started;
            ProcessSample after = ProcessSample.of(service.pid());
            service.stop(30);

            long[] allFileMillis = fileTimes(service.logFile());
            long[] fileMillis = Arrays.copyOfRange(allFileMillis, Math.min(warmUp, allFileMillis.length),
                    allFileMillis.length);
            long records = recordsOnRawTopic(broker);
            long[] dropToAck = PacedDrops.latencies(dropped,
                    RawAppendTimes.read(broker.bootstrapServers(), Duration.ofSeconds(60)));
            double seconds = elapsedNanos / 1e9;
            System.out.printf("Ingest folder benchmark: %d files (%d KB in all, %d bytes on average, after %d warm-up files), "
                    + "%s%n", count, bytes / 1024, bytes / count, warmUp, (rate > 0 ? "dropped at " + rate + " files/s" : "dropped all at once")
                    + (justWritten ? ", each written just before its rename" : ", written before the run"));
            System.out.printf("  total time from the first move into the inbox to the last file in processed/: %.1f s%n",
                    seconds);
            System.out.printf("  published (acknowledged) and moved: %.1f files/s%n", count / seconds);
            System.out.printf("  per-file time logged by the service (read, publish until acknowledged, move), "
                    + "%d files: %s%n", fileMillis.length, Percentiles.of(fileMillis).describe(" ms"));
            System.out.printf("  drop (rename into the inbox) -> ack (broker append), %d files: %s%n", dropToAck.length,
                    Percentiles.of(dropToAck).describe(" ms"));
            System.out.printf("  ingest-service CPU (user + system): %.2f ms per file, %.0f %% of one core; RSS %d MB%n",
                    (after.cpuTicks() - before.cpuTicks()) * MILLIS_PER_TICK / count, after.cpuPercentSince(before), after.rssMb());
            System.out.printf("  records on %s: %d (expected %d, one per file)%n", Topics.RAW, records, warmUp + count);
        } finally {
            if (service != null) {
                service.stop(30);
            }
            broker.stop();
            TempFolders.delete(root);
        }
    }

    // The service's defaults apart from where it works: its folders below root, a free port and the test broker.
    private static ManagedProcess startService(Path root, String bootstrapServers, int port, Path recording) {
        List<String> jvmOptions = new ArrayList<>(List.of("-Xmx512m", "-Dquarkus.http.port=" + port,
                "-Dkafka.bootstrap.servers=" + bootstrapServers));
        if (recording != null) {
            jvmOptions.add("-XX:StartFlightRecording=settings=profile,filename=" + recording.toAbsolutePath());
        }
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
}
