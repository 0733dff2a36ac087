package io.newsmonitor.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsmonitor.events.EnrichedArticle;
import io.newsmonitor.events.EventJson;
import io.newsmonitor.events.Topics;
import io.newsmonitor.local.kafka.FreePorts;
import io.newsmonitor.local.kafka.JavaCommand;
import io.newsmonitor.local.kafka.LocalKafkaBroker;
import io.newsmonitor.local.kafka.ManagedProcess;
import io.newsmonitor.local.stack.EventStreamReader;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * query-service's live path alone: on a real local broker, starts the packaged query-service over a
 * history of enriched articles, saves a few watchlists, listens to its live stream, then publishes
 * enriched articles to {@code articles.enriched} at a fixed rate (as nlp-service does: one record per
 * send, no linger) and prints query-service's CPU milliseconds per article (from {@code /proc}) and the
 * latency from the send to the article's {@code article} event on the stream.
 *
 * <p>Usage, from the repository root after {@code ./mvnw -pl query-service package}:
 * {@code QueryLiveLoadBenchmark [--rate 50] [--seconds 60] [--warm-up-seconds 20] [--history 2000]
 * [--watchlists 20] [--compression gzip] [--heap-mb 512] [--jvm-options "-XX:StartFlightRecording=filename=q.jfr"]
 * [--env QUERY_INDEX_LIVE_REFRESH_MILLIS=200,OTHER=value] [--app query-service/target/quarkus-app]
 * [--keep-log file]}.
 */
public final class QueryLiveLoadBenchmark {

    private static final Duration START_LIMIT = Duration.ofMinutes(5);
    private static final Duration DRAIN_LIMIT = Duration.ofSeconds(60);
    private static final double TICKS_PER_MILLISECOND = 0.1;

    private final Map<String, String> options;
    private final QueryCorpus corpus;
    private final Map<String, Long> sentAt = new ConcurrentHashMap<>();
    private final Map<String, Long> visibleAt = new ConcurrentHashMap<>();
    private final AtomicInteger alerts = new AtomicInteger();
    private int next;

    private QueryLiveLoadBenchmark(Map<String, String> options) throws IOException {
        this.options = options;
        this.corpus = QueryCorpus.fromSeeds(Path.of("seeds"), 7);
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>(Map.of("--rate", "50", "--seconds", "60",
                "--warm-up-seconds", "20", "--history", "2000", "--watchlists", "20", "--compression", "gzip",
                "--jvm-options", "", "--heap-mb", "512", "--env", "",
                "--app", "query-service/target/quarkus-app"));
        options.put("--keep-log", "");
        for (int i = 0; i < args.length; i += 2) {
            if (!options.containsKey(args[i]) || i + 1 >= args.length) {
                throw new IllegalArgumentException("Unknown option or missing value at " + args[i] + "; options and"
                        + " defaults: " + options);
            }
            options.put(args[i], args[i + 1]);
        }
        new QueryLiveLoadBenchmark(options).run();
    }

    private int intOption(String name) {
        return Integer.parseInt(options.get(name));
    }

    private void run() throws Exception {
        Path jar = Path.of(options.get("--app"), "quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException("No packaged query-service at " + jar.toAbsolutePath()
                    + "; run ./mvnw -pl query-service package first, from the repository root.");
        }
        Path root = Files.createTempDirectory("query-live-bench-");
        try (LocalKafkaBroker broker = LocalKafkaBroker.startWithNewsMonitorTopics(root.resolve("kafka"))) {
            try (KafkaProducer<String, String> producer = producer(broker.bootstrapServers())) {
                int history = intOption("--history");
                for (int i = 0; i < history; i++) {
                    EnrichedArticle article = corpus.article(next++);
                    producer.send(new ProducerRecord<>(Topics.ENRICHED, article.id(), EventJson.write(article)));
                }
                producer.flush();
                int port = FreePorts.pick(1)[0];
                String base = "http://127.0.0.1:" + port;
                ManagedProcess service = start(jar, port, broker.bootstrapServers(), root);
                try {
                    awaitReady(service, base, history);
                    saveWatchlists(base, intOption("--watchlists"));
                    measure(base, service.pid(), producer, service.logFile());
                } finally {
                    service.stop(30);
                }
            }
        } finally {
            if (!options.get("--keep-log").isBlank()) {
                Files.copy(root.resolve("query-service.log"), Path.of(options.get("--keep-log")),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            TempFolders.delete(root);
        }
    }

    private KafkaProducer<String, String> producer(String bootstrapServers) {
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, options.get("--compression"));
        return new KafkaProducer<>(properties);
    }

    private ManagedProcess start(Path jar, int port, String bootstrapServers, Path root) {
        List<String> jvmOptions = new ArrayList<>(List.of("-Xmx" + options.get("--heap-mb") + "m"));
        for (String option : options.get("--jvm-options").split("\\s+")) {
            if (!option.isBlank()) {
                jvmOptions.add(option);
            }
        }
        Map<String, String> env = new HashMap<>(Map.of("QUERY_HTTP_PORT", Integer.toString(port),
                "QUERY_HTTP_HOST", "127.0.0.1", "KAFKA_BOOTSTRAP_SERVERS", bootstrapServers,
                "QUERY_DATA_DIR", root.resolve("query").toString()));
        for (String setting : options.get("--env").split(",")) {
            if (setting.contains("=")) {
                env.put(setting.substring(0, setting.indexOf('=')), setting.substring(setting.indexOf('=') + 1));
            }
        }
        List<String> command = JavaCommand.forJar(jvmOptions, jar.toAbsolutePath());
        System.out.println("Starting " + String.join(" ", command) + " with " + options.get("--env"));
        return ManagedProcess.start("query-service", command, root, env, root.resolve("query-service.log"));
    }

    private static void awaitReady(ManagedProcess service, String base, int history) throws Exception {
        long start = System.nanoTime();
        long deadline = start + START_LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!service.isAlive()) {
                throw new IllegalStateException("query-service exited with " + service.exitValue() + "; see "
                        + service.logFile());
            }
            String list = Http.okBody(base + "/q/health/ready") == null ? null : Http.okBody(base + "/api/articles?limit=1");
            if (list != null && EventJson.mapper().readTree(list).get("total").asInt() == history) {
                System.out.printf("query-service ready with its %d articles %.1f s after start, CPU %.1f s so far.%n",
                        history, (System.nanoTime() - start) / 1e9,
                        ProcessSample.of(service.pid()).cpuTicks() / TICKS_PER_MILLISECOND / 1000);
                return;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("query-service did not show its " + history + " articles within "
                + START_LIMIT + "; see " + service.logFile());
    }

    /**
     * Watchlists of the kinds users save, each narrow enough that a few per cent of articles match:
     * two words, a person, a city, and a word within a province.
     */
    private void saveWatchlists(String base, int count) throws Exception {
        for (int i = 0; i < count; i++) {
            String county = corpus.countyCode();
            String body = switch (i % 4) {
                case 0 -> "{\"name\":\"w%d\",\"q\":\"%s %s\"}".formatted(i, corpus.word(), corpus.word());
                case 1 -> "{\"name\":\"p%d\",\"persons\":[\"%s\"]}".formatted(i, corpus.person());
                case 2 -> "{\"name\":\"c%d\",\"places\":[\"%s00\"]}".formatted(i, county.substring(0, 4));
                default -> "{\"name\":\"x%d\",\"q\":\"%s\",\"places\":[\"%s0000\"]}".formatted(i, corpus.word(),
                        county.substring(0, 2));
            };
            HttpResponse<String> response = Http.CLIENT.send(HttpRequest.newBuilder(URI.create(base + "/api/watchlists"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 201) {
                throw new IllegalStateException("Saving watchlist " + body + " answered " + response.statusCode()
                        + ": " + response.body());
            }
        }
    }

    private void measure(String base, long pid, KafkaProducer<String, String> producer, Path log) throws Exception {
        try (EventStreamReader stream = new EventStreamReader(base + "/api/stream", this::onEvent,
                broken -> System.err.println("The live stream broke: " + broken))) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (!stream.connected() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            double rate = Double.parseDouble(options.get("--rate"));
            int warmUp = (int) Math.round(rate * intOption("--warm-up-seconds"));
            publish(producer, rate, warmUp);
            awaitVisible();
            sentAt.clear();
            visibleAt.clear();
            alerts.set(0);
            long linesBefore = lines(log);
            Map<String, Long> threadsBefore = threadTicks(pid);
            ProcessSample before = ProcessSample.of(pid);
            int articles = (int) Math.round(rate * intOption("--seconds"));
            publish(producer, rate, articles);
            int missing = awaitVisible();
            ProcessSample after = ProcessSample.of(pid);
            Map<String, Long> threadsAfter = threadTicks(pid);
            report(articles, missing, before, after);
            long compiler = threadsAfter.getOrDefault("C CompilerThre", 0L) - threadsBefore.getOrDefault("C CompilerThre", 0L);
            System.out.printf("Without the JIT compiler threads (warm-up left-overs): %.2f ms per article.%n",
                    (after.cpuTicks() - before.cpuTicks() - compiler) / TICKS_PER_MILLISECOND / articles);
            System.out.println("CPU ms per article by thread group (threads that ended meanwhile, e.g. merges, missing):");
            threadsAfter.forEach((name, ticks) -> {
                double millis = (ticks - threadsBefore.getOrDefault(name, 0L)) / TICKS_PER_MILLISECOND / articles;
                if (millis >= 0.05) {
                    System.out.printf("  %6.2f %s%n", millis, name);
                }
            });
            System.out.printf("query-service logged %d lines while measured.%n", lines(log) - linesBefore);
        }
    }

    /**
     * CPU ticks of each group of the process's threads (named as Linux knows them, digits dropped so that
     * a pool is one group): GC, JIT and merge threads included, which a sampling profiler leaves out.
     */
    private static Map<String, Long> threadTicks(long pid) throws IOException {
        Map<String, Long> ticks = new java.util.TreeMap<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
            for (Path task : tasks.toList()) {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')')).replaceAll("[0-9#]+", "");
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    ticks.merge(name.strip(), Long.parseLong(fields[11]) + Long.parseLong(fields[12]), Long::sum);
                } catch (IOException ended) {
                    // the thread ended meanwhile
                }
            }
        }
        return ticks;
    }

    private static long lines(Path log) throws IOException {
        try (Stream<String> lines = Files.lines(log)) {
            return lines.count();
        }
    }

    private void publish(KafkaProducer<String, String> producer, double rate, int articles) {
        FixedRate pace = new FixedRate(rate);
        for (int i = 0; i < articles; i++) {
            pace.awaitTurn(i);
            EnrichedArticle article = corpus.article(next++);
            ObjectNode json = EventJson.mapper().valueToTree(article);
            Instant now = Instant.now();
            json.set("receivedAt", EventJson.mapper().valueToTree(now.minusSeconds(1)));
            json.set("enrichedAt", EventJson.mapper().valueToTree(now));
            sentAt.put(article.id(), System.nanoTime());
            producer.send(new ProducerRecord<>(Topics.ENRICHED, article.id(), json.toString()));
        }
    }

    /** Waits until every sent article was seen on the stream, or the drain limit; returns how many were not. */
    private int awaitVisible() throws InterruptedException {
        long deadline = System.nanoTime() + DRAIN_LIMIT.toNanos();
        while (System.nanoTime() < deadline && !visibleAt.keySet().containsAll(sentAt.keySet())) {
            Thread.sleep(50);
        }
        return (int) sentAt.keySet().stream().filter(id -> !visibleAt.containsKey(id)).count();
    }

    private void onEvent(String event, String data) {
        long now = System.nanoTime();
        if (event.equals("alert")) {
            alerts.incrementAndGet();
        } else if (event.equals("article")) {
            try {
                JsonNode article = EventJson.mapper().readTree(data);
                visibleAt.putIfAbsent(article.path("id").asText(), now);
            } catch (IOException e) {
                System.err.println("Not an article on the stream: " + data);
            }
        }
    }

    private void report(int articles, int missing, ProcessSample before, ProcessSample after) {
        long[] latencies = sentAt.entrySet().stream().filter(e -> visibleAt.containsKey(e.getKey()))
                .mapToLong(e -> TimeUnit.NANOSECONDS.toMillis(visibleAt.get(e.getKey()) - e.getValue())).toArray();
        double cpuMillis = (after.cpuTicks() - before.cpuTicks()) / TICKS_PER_MILLISECOND;
        System.out.printf("Published %d articles at %s/s; %d seen on the live stream, %d missing, %d alerts.%n",
                articles, options.get("--rate"), latencies.length, missing, alerts.get());
        System.out.printf("query-service CPU: %.0f ms in all, %.2f ms per article, %.0f %% of one core; RSS %d MB.%n",
                cpuMillis, cpuMillis / articles, after.cpuPercentSince(before), after.rssMb());
        System.out.println("Latency send -> live stream: " + Percentiles.of(latencies).describe(" ms"));
        printByWindow();
    }

    /** p50 and p99 of the articles sent in each 10 s of the measured run: how a cold start settles. */
    private void printByWindow() {
        long first = sentAt.values().stream().mapToLong(Long::longValue).min().orElse(0);
        Map<Long, List<Long>> windows = new java.util.TreeMap<>();
        sentAt.forEach((id, sent) -> {
            if (visibleAt.containsKey(id)) {
                windows.computeIfAbsent(TimeUnit.NANOSECONDS.toSeconds(sent - first) / 10, w -> new ArrayList<>())
                        .add(TimeUnit.NANOSECONDS.toMillis(visibleAt.get(id) - sent));
            }
        });
        windows.forEach((window, millis) -> {
            Percentiles p = Percentiles.of(millis.stream().mapToLong(Long::longValue).toArray());
            System.out.printf("  sent %3d-%3d s: p50 %5d ms, p99 %5d ms (%d articles)%n", window * 10, window * 10 + 10,
                    p.at(50), p.at(99), millis.size());
        });
    }
}
