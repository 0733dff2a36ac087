package io.newsmonitor.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsmonitor.events.EnrichedArticle;
import io.newsmonitor.events.EventJson;
import io.newsmonitor.events.Topics;
import io.newsmonitor.local.kafka.FreePorts;
import io.newsmonitor.local.kafka.JavaCommand;
import io.newsmonitor.local.kafka.LocalKafkaBroker;
import io.newsmonitor.local.kafka.ManagedProcess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The rebuild rate of query-service from its topic: fills {@code articles.enriched} on a real local
 * broker with N synthesised enriched articles (default 100,000, as {@link QueryBenchmark} makes them),
 * starts the packaged query-service with an empty data folder, and times how long it takes until its
 * readiness is UP and {@code GET /api/articles} counts all N; prints articles/s.
 *
 * <p>Usage: {@code RebuildRateBenchmark [articles] [heapMb]}, from the repository root after
 * {@code ./mvnw -pl query-service package} (reads {@code seeds/} and
 * {@code query-service/target/quarkus-app/quarkus-run.jar}).
 */
public final class RebuildRateBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration LIMIT = Duration.ofMinutes(60);

    private RebuildRateBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int articles = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int heapMb = args.length > 1 ? Integer.parseInt(args[1]) : 512;
        Path jar = Path.of("query-service", "target", "quarkus-app", "quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException("No packaged query-service at " + jar.toAbsolutePath()
                    + "; run ./mvnw -pl query-service package first.");
        }
        Path root = Files.createTempDirectory("query-rebuild-bench-");
        try (LocalKafkaBroker broker = LocalKafkaBroker.startWithNewsMonitorTopics(root.resolve("kafka"))) {
            fill(broker.bootstrapServers(), articles);
            measure(jar, broker.bootstrapServers(), root, articles, heapMb);
        } finally {
            TempFolders.delete(root);
        }
    }

    private static void fill(String bootstrapServers, int articles) throws IOException {
        QueryCorpus corpus = QueryCorpus.fromSeeds(Path.of("seeds"), 42);
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        properties.put(ProducerConfig.LINGER_MS_CONFIG, 20);
        properties.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        long start = System.nanoTime();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(properties)) {
            for (int i = 0; i < articles; i++) {
                EnrichedArticle article = corpus.article(i);
                producer.send(new ProducerRecord<>(Topics.ENRICHED, article.id(), EventJson.write(article)));
            }
            producer.flush();
        }
        System.out.printf("Published %d enriched articles to %s in %.1f s.%n", articles, Topics.ENRICHED,
                (System.nanoTime() - start) / 1e9);
    }

    private static void measure(Path jar, String bootstrapServers, Path root, int articles, int heapMb)
            throws Exception {
        int port = FreePorts.pick(1)[0];
        Path log = root.resolve("query-service.log");
        String base = "http://127.0.0.1:" + port;
        long start = System.nanoTime();
        ManagedProcess process = ManagedProcess.start("query-service",
                JavaCommand.forJar(List.of("-Xmx" + heapMb + "m"), jar.toAbsolutePath()), root,
                Map.of("QUERY_HTTP_PORT", Integer.toString(port), "QUERY_HTTP_HOST", "127.0.0.1",
                        "KAFKA_BOOTSTRAP_SERVERS", bootstrapServers, "QUERY_DATA_DIR", root.resolve("query").toString()),
                log);
        try {
            long live = -1;
            long ready = -1;
            long deadline = start + LIMIT.toNanos();
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("query-service exited with " + process.exitValue() + "; see " + log);
                }
                if (live < 0 && Http.okBody(base + "/q/health/live") != null) {
                    live = System.nanoTime();
                }
                String list = ready >= 0 ? Http.okBody(base + "/api/articles?limit=1") : null;
                if (ready < 0 && Http.okBody(base + "/q/health/ready") != null) {
                    ready = System.nanoTime();
                } else if (list != null && JSON.readTree(list).get("total").asInt() == articles) {
                    report(articles, start, live, ready, System.nanoTime(), log);
                    return;
                }
                Thread.sleep(100);
            }
            throw new IllegalStateException("query-service did not count " + articles + " articles within " + LIMIT
                    + "; see " + log);
        } finally {
            process.stop(30);
        }
    }

    private static void report(int articles, long start, long live, long ready, long counted, Path log)
            throws IOException {
        double toLive = (live - start) / 1e9;
        double toCounted = (counted - start) / 1e9;
        System.out.printf("query-service: HTTP up after %.1f s, ready after %.1f s, all %d articles counted after"
                + " %.1f s.%n", toLive, (ready - start) / 1e9, articles, toCounted);
        System.out.printf("Rebuild rate: %.0f articles/s from process start, %.0f articles/s after HTTP was up.%n",
                articles / toCounted, articles / (toCounted - toLive));
        try (Stream<String> lines = Files.lines(log)) {
            lines.filter(line -> line.contains("Warmed up") || line.contains("caught up")).forEach(System.out::println);
        }
    }
}
