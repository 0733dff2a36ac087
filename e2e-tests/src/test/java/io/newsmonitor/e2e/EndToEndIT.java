package io.newsmonitor.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsmonitor.events.ArticleIds;
import io.newsmonitor.events.Topics;
import io.newsmonitor.local.stack.EventStreamReader;
import io.newsmonitor.local.stack.NewsMonitorStack;
import io.newsmonitor.local.stack.Service;
import io.newsmonitor.local.stack.StackSettings;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole path on a real broker: the five seeds dropped into the inbox of the packaged services
 * arrive enriched in the query API, live on the stream, once each, also after a restart.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EndToEndIT {

    private static final Path HOME = Path.of(System.getProperty("newsmonitor.home", "..")).toAbsolutePath().normalize();
    private static final Path SEEDS = HOME.resolve("seeds");
    private static final Duration ARRIVAL = Duration.ofSeconds(90);

    @TempDir
    static Path dataDir;

    private static StackSettings settings;
    private static NewsMonitorStack stack;
    private static final Map<String, String> seedIds = new HashMap<>();

    @BeforeAll
    static void startTheStack() throws IOException {
        settings = StackSettings.onFreePorts(HOME, dataDir, null);
        stack = new NewsMonitorStack(settings, message -> System.out.println("[stack] " + message)).start();
        seedIds.putAll(Inbox.seedIds(SEEDS));
        assertThat(seedIds).hasSize(5);
    }

    @AfterAll
    static void stopTheStack() {
        if (stack != null) {
            stack.stop();
        }
    }

    @Test
    @Order(1)
    void allFiveSeedsDroppedIntoTheInboxArriveEnrichedOnce() throws IOException {
        try (Stream<Path> seeds = Files.list(SEEDS)) {
            for (Path seed : seeds.toList()) {
                dropIntoInbox(seed);
            }
        }

        await().atMost(ARRIVAL).untilAsserted(() ->
                assertThat(articles().path("total").asInt()).isEqualTo(5));

        JsonNode items = articles().path("items");
        assertThat(Api.names(items, "id")).containsExactlyInAnyOrderElementsOf(seedIds.values());
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(filesUnder(dataDir.resolve("processed"))).hasSize(5));
        assertThat(filesUnder(settings.inboxDir())).isEmpty();
    }

    @Test
    @Order(2)
    void traditionalSeedArrivesConvertedToSimplified() {
        JsonNode article = article(seedIds.get("002"));

        assertThat(article.path("script").asText()).isEqualTo("traditional");
        assertThat(article.path("text").asText()).contains("罗增斌", "巴中").doesNotContain("羅增斌");
        assertThat(article.path("originalText").asText()).contains("羅增斌");
        assertThat(Api.names(article.path("persons"), "name")).contains("罗增斌");
        assertThat(Api.names(article.path("places"), "name")).anyMatch(name -> name.startsWith("巴中"));
    }

    @Test
    @Order(3)
    void simplifiedSeedNamesItsPersonAndPlace() {
        JsonNode article = article(seedIds.get("001"));

        assertThat(Api.names(article.path("persons"), "name")).contains("李余良");
        assertThat(Api.names(article.path("places"), "name")).anyMatch(name -> name.startsWith("平昌"));
        JsonNode pingchang = placeCoded(article, "511923");
        assertThat(pingchang.path("level").asText()).isEqualTo("county");
        assertThat(pingchang.path("lat").asDouble()).isBetween(31.0, 32.5);
        assertThat(pingchang.path("lon").asDouble()).isBetween(106.5, 108.0);
        assertThat(article.path("publishedAt").asText()).startsWith("2022-07-24T");
        assertThat(article.path("keywords").size()).isPositive();
        assertThat(article.path("summary").asText()).isNotBlank();
    }

    @Test
    @Order(4)
    void anArticlePostedWhileADashboardListensArrivesOnTheLiveStream() throws Exception {
        String text = "县委书记李余良主持召开会议。平昌县将加快建设工业强县。" + UUID.randomUUID();
        List<String> arrived = new CopyOnWriteArrayList<>();
        try (EventStreamReader stream = new EventStreamReader(settings.baseUrl(Service.QUERY) + "/api/stream",
                (event, data) -> {
                    if (event.equals("article")) {
                        arrived.add(Api.parse(data).path("id").asText());
                    }
                }, broken -> System.err.println("The live stream broke: " + broken))) {
            await().atMost(Duration.ofSeconds(10)).until(stream::connected);

            HttpResponse<String> posted = Api.postText(settings.baseUrl(Service.INGEST) + "/api/articles", text);

            assertThat(posted.statusCode()).isEqualTo(202);
            String id = Api.parse(posted.body()).path("id").asText();
            assertThat(id).isEqualTo(ArticleIds.of(text));
            await().atMost(ARRIVAL).untilAsserted(() ->
                    assertThat(arrived).containsOnlyOnce(id));
        }
        assertThat(articles().path("total").asInt()).isEqualTo(6);
    }

    @Test
    @Order(5)
    void aRecordThatCannotBeEnrichedGoesToTheDeadLetterTopicWithItsReason() {
        String key = "poison-" + UUID.randomUUID();
        Records.publish(stack.broker().bootstrapServers(), Topics.RAW, key, "this is not a RawArticle {");

        ConsumerRecord<String, String> dead = awaitRecord(Topics.DLQ, key);

        assertThat(dead.value()).isEqualTo("this is not a RawArticle {");
        assertThat(header(dead, "dead-letter-reason")).isNotBlank();
        assertThat(header(dead, "dead-letter-topic")).isEqualTo(Topics.RAW);

        String next = "巴中市委书记罗增斌出席会议。" + UUID.randomUUID();
        assertThat(Api.postText(settings.baseUrl(Service.INGEST) + "/api/articles", next).statusCode()).isEqualTo(202);
        await().atMost(ARRIVAL).untilAsserted(() -> assertThat(articles().path("total").asInt()).isEqualTo(7));
    }

    @Test
    @Order(6)
    void aSeedDroppedAgainIsMovedAsideWithoutASecondArticle() throws IOException {
        int total = articles().path("total").asInt();
        Path seed;
        try (Stream<Path> seeds = Files.list(SEEDS)) {
            seed = seeds.filter(p -> p.getFileName().toString().startsWith("001")).findFirst().orElseThrow();
        }

        dropIntoInbox(seed);

        await().atMost(ARRIVAL).untilAsserted(() ->
                assertThat(filesUnder(dataDir.resolve("processed"))).hasSize(6));
        assertThat(Files.readString(settings.logsDir().resolve("ingest-service.log")))
                .contains("already published as " + seedIds.get("001").substring(0, 12));
        assertThat(articles().path("total").asInt()).isEqualTo(total);
    }

    @Test
    @Order(7)
    void aRestartOnTheSameDataFolderShowsTheSameArticlesNotTwice() {
        List<String> before = Api.names(articles().path("items"), "id");
        stack.stop();

        stack = new NewsMonitorStack(settings, message -> System.out.println("[stack] " + message)).start();

        await().atMost(ARRIVAL).untilAsserted(() ->
                assertThat(Api.names(articles().path("items"), "id")).containsExactlyInAnyOrderElementsOf(before));
        assertThat(articles().path("total").asInt()).isEqualTo(before.size());
    }

    private static JsonNode placeCoded(JsonNode article, String code) {
        for (JsonNode place : article.path("places")) {
            if (code.equals(place.path("code").asText())) {
                return place;
            }
        }
        throw new AssertionError("No place with code " + code + " in " + article.path("places"));
    }

    private static JsonNode articles() {
        return Api.getJson(settings.baseUrl(Service.QUERY) + "/api/articles?limit=100");
    }

    private static JsonNode article(String id) {
        return Api.getJson(settings.baseUrl(Service.QUERY) + "/api/articles/" + id);
    }

    private static void dropIntoInbox(Path seed) throws IOException {
        Inbox.drop(settings.inboxDir(), seed);
    }

    private static List<Path> filesUnder(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

    private static ConsumerRecord<String, String> awaitRecord(String topic, String key) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.broker().bootstrapServers());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "e2e-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (KafkaConsumer<String, String> consumer =
                new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + ARRIVAL.toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (key.equals(record.key())) {
                        return record;
                    }
                }
            }
        }
        throw new AssertionError("No record with key " + key + " on " + topic + " within " + ARRIVAL.toSeconds() + " s");
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
