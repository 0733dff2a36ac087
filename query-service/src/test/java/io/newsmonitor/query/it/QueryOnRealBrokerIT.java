package io.newsmonitor.query.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsmonitor.events.ArticleAlert;
import io.newsmonitor.events.EnrichedArticle;
import io.newsmonitor.events.EventJson;
import io.newsmonitor.events.Topics;
import io.newsmonitor.local.kafka.LocalKafkaBroker;
import io.newsmonitor.query.SampleArticles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The packaged query-service on a real Kafka broker: enriched events published to the topic become
 * searchable, the view survives a restart, and after its index folder is deleted it is rebuilt from the
 * topic with the same totals; a watchlist match is published to the alerts topic.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class QueryOnRealBrokerIT {

    private static final Duration STARTUP = Duration.ofSeconds(240);
    private static Path root;
    private static LocalKafkaBroker broker;

    @BeforeAll
    static void startBroker() throws IOException {
        root = Files.createTempDirectory("query-it-");
        broker = LocalKafkaBroker.startWithNewsMonitorTopics(root.resolve("kafka"));
    }

    @AfterAll
    static void stopBroker() throws IOException {
        if (broker != null) {
            broker.stop();
        }
        // Keep the services' logs for whoever reads a failure.
        Path kept = Files.createDirectories(Path.of("target", "query-it-logs"));
        try (Stream<Path> logs = Files.list(root)) {
            for (Path log : logs.filter(p -> p.toString().endsWith(".log")).toList()) {
                Files.copy(log, kept.resolve(log.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private static void publish(EnrichedArticle... articles) {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName()))) {
            for (EnrichedArticle article : articles) {
                producer.send(new ProducerRecord<>(Topics.ENRICHED, article.id(), EventJson.write(article)));
            }
            producer.flush();
        }
    }

    private static JsonNode json(String body) throws IOException {
        return EventJson.mapper().readTree(body);
    }

    /** Totals that must be the same after a restart and after a rebuild. */
    private static List<Integer> totals(QueryServiceProcess service) throws IOException {
        List<Integer> totals = new ArrayList<>();
        for (String query : List.of("", "q=羅增斌", "q=铝基新材料", "q=李余良", "place=510000", "place=511900")) {
            totals.add(json(service.get("/api/articles?" + query)).get("total").asInt());
        }
        return totals;
    }

    private static void awaitReadyWith(QueryServiceProcess service, int articles) {
        await().atMost(STARTUP).pollInterval(Duration.ofMillis(500)).until(() -> {
            String ready = service.get("/q/health/ready");
            String list = service.get("/api/articles?limit=1");
            return ready != null && list != null && json(list).get("total").asInt() == articles;
        });
    }

    @Test
    @Order(1) // the totals assume only the seeds are on the topic; the alert test publishes one more article
    void searchesPublishedArticlesSurvivesRestartAndRebuildsFromTheTopic() throws Exception {
        Instant t0 = Instant.parse("2026-01-10T08:00:00Z");
        publish(SampleArticles.pingchang(t0), SampleArticles.guangyuan(t0.plusSeconds(1)),
                SampleArticles.bazhong(t0.plusSeconds(2)));
        Path data = root.resolve("query");
        Path log = root.resolve("query-service.log");

        List<Integer> first;
        try (QueryServiceProcess service = QueryServiceProcess.start(broker.bootstrapServers(), data, log)) {
            awaitReadyWith(service, 3);
            first = totals(service);
            JsonNode hit = json(service.get("/api/articles?q=羅增斌")).get("items").get(0);
            assertThat(hit.get("id").asText()).isEqualTo(SampleArticles.bazhong(t0).id());
            assertThat(hit.get("highlights").get(0).get("marks").get(0).get(1).asInt()
                    - hit.get("highlights").get(0).get("marks").get(0).get(0).asInt()).isEqualTo(3);
        }
        assertThat(first).containsExactly(3, 1, 1, 1, 3, 2);

        try (QueryServiceProcess service = QueryServiceProcess.start(broker.bootstrapServers(), data, log)) {
            awaitReadyWith(service, 3);
            assertThat(totals(service)).isEqualTo(first);
        }
        assertThat(Files.readString(log)).contains("Opened the query index in");

        deleteRecursively(data.resolve("index"));
        try (QueryServiceProcess service = QueryServiceProcess.start(broker.bootstrapServers(), data, log)) {
            awaitReadyWith(service, 3);
            assertThat(totals(service)).isEqualTo(first);
            assertThat(service.log()).contains("No query index in").contains("Rebuilding the view from articles.enriched");
        }
    }

    @Test
    @Order(2)
    void aWatchlistMatchIsPublishedToTheAlertsTopic() throws Exception {
        Path data = root.resolve("query-alerts");
        try (QueryServiceProcess service = QueryServiceProcess.start(broker.bootstrapServers(), data,
                root.resolve("query-alerts.log"))) {
            await().atMost(STARTUP).pollInterval(Duration.ofMillis(500))
                    .until(() -> service.get("/q/health/ready") != null);
            String created = service.postJson("/api/watchlists", "{\"name\":\"平昌\",\"persons\":[\"李余良\"]}").body();
            String watchlistId = json(created).get("id").asText();
            EnrichedArticle fresh = SampleArticles.naming("李余良到平昌县调研工业项目。",
                    List.of(new io.newsmonitor.events.PersonMention("李余良", 1)), List.of(), List.of(), List.of());
            EnrichedArticle now = new EnrichedArticle(fresh.schemaVersion(), fresh.id(), "李余良调研", null, null,
                    fresh.text(), fresh.originalText(), fresh.summary(), fresh.keywords(), fresh.persons(),
                    fresh.places(), fresh.organizations(), fresh.script(), fresh.fileName(), Instant.now(),
                    Instant.now().plusSeconds(1));

            publish(now);

            List<ConsumerRecord<String, String>> alerts = readAlerts(Duration.ofSeconds(60));
            assertThat(alerts).hasSize(1);
            assertThat(alerts.get(0).key()).isEqualTo(watchlistId + "/" + now.id());
            ArticleAlert alert = EventJson.read(alerts.get(0).value(), ArticleAlert.class);
            assertThat(alert.watchlistName()).isEqualTo("平昌");
            assertThat(alert.matched()).containsExactly("李余良");
        }
    }

    @Test
    @Order(3)
    void anAlertSentJustBeforeACrashIsNeitherLostNorSentAgain() throws Exception {
        Path data = root.resolve("query-crash");
        Path log = root.resolve("query-crash.log");
        EnrichedArticle first = SampleArticles.naming("王晓明到通江县调研茶叶产业。",
                List.of(new io.newsmonitor.events.PersonMention("王晓明", 1)), List.of(), List.of(), List.of());
        EnrichedArticle second = SampleArticles.naming("王晓明到南江县调研旅游产业。",
                List.of(new io.newsmonitor.events.PersonMention("王晓明", 1)), List.of(), List.of(), List.of());
        String watchlistId;
        try (QueryServiceProcess service = QueryServiceProcess.start(broker.bootstrapServers(), data, log)) {
            await().atMost(STARTUP).pollInterval(Duration.ofMillis(500))
                    .until(() -> service.get("/q/health/ready") != null);
            watchlistId = json(service.postJson("/api/watchlists",
                    "{\"name\":\"王晓明\",\"persons\":[\"王晓明\"]}").body()).get("id").asText();
            // The alert goes out, then the watchlists file cannot be written: the state a crash between the two
            // leaves behind. Then the process dies without any shutdown.
            Files.createDirectory(data.resolve("watchlists.json.tmp"));
            publish(enrichedNow(first));
            String key = watchlistId + "/" + first.id();
            await().atMost(Duration.ofSeconds(60)).until(() -> alertKeys(watchlistId).contains(key));
            await().atMost(Duration.ofSeconds(30)).until(() -> service.log().contains("Cannot save the watchlists"));
            service.kill();
        }
        Files.delete(data.resolve("watchlists.json.tmp"));

        try (QueryServiceProcess service = QueryServiceProcess.start(broker.bootstrapServers(), data, log)) {
            await().atMost(STARTUP).pollInterval(Duration.ofMillis(500))
                    .until(() -> service.get("/q/health/ready") != null);
            publish(enrichedNow(second));
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> alertKeys(watchlistId).contains(watchlistId + "/" + second.id()));

            assertThat(alertKeys(watchlistId))
                    .containsExactly(watchlistId + "/" + first.id(), watchlistId + "/" + second.id());
            JsonNode kept = json(service.get("/api/watchlists/" + watchlistId + "/alerts"));
            assertThat(kept.findValuesAsText("articleId")).containsExactly(second.id(), first.id());
            assertThat(service.log()).contains("1 of them were not in the watchlists file yet");
        }
    }

    /** The article as nlp-service would publish it now: enriched after any watchlist saved before. */
    private static EnrichedArticle enrichedNow(EnrichedArticle article) {
        return new EnrichedArticle(article.schemaVersion(), article.id(), article.text(), null, null, article.text(),
                article.originalText(), article.summary(), article.keywords(), article.persons(), article.places(),
                article.organizations(), article.script(), article.fileName(), Instant.now(), Instant.now());
    }

    /** The keys of this watchlist's alerts on the alerts topic, in the order the topic holds them. */
    private static List<String> alertKeys(String watchlistId) {
        try (KafkaConsumer<String, String> consumer = alertsFromTheBeginning()) {
            TopicPartition partition = new TopicPartition(Topics.ALERTS, 0);
            long end = consumer.endOffsets(List.of(partition)).get(partition);
            List<String> keys = new ArrayList<>();
            while (consumer.position(partition) < end) {
                consumer.poll(Duration.ofMillis(500)).forEach(r -> {
                    if (r.key().startsWith(watchlistId + "/")) {
                        keys.add(r.key());
                    }
                });
            }
            return keys;
        }
    }

    private static List<ConsumerRecord<String, String>> readAlerts(Duration within) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = alertsFromTheBeginning()) {
            TopicPartition partition = new TopicPartition(Topics.ALERTS, 0);
            await().atMost(within).until(() -> {
                consumer.poll(Duration.ofMillis(500)).forEach(records::add);
                return !records.isEmpty();
            });
        }
        return records;
    }

    /** A consumer of the alerts topic's one partition, at its beginning. */
    private static KafkaConsumer<String, String> alertsFromTheBeginning() {
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName()));
        TopicPartition partition = new TopicPartition(Topics.ALERTS, 0);
        consumer.assign(List.of(partition));
        consumer.seekToBeginning(List.of(partition));
        return consumer;
    }

    private static void deleteRecursively(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
