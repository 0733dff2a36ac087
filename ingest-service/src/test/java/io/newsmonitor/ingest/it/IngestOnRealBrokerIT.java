package io.newsmonitor.ingest.it;

import static io.restassured.RestAssured.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsmonitor.events.ArticleIds;
import io.newsmonitor.ingest.config.IngestConfig;
import io.newsmonitor.ingest.it.RawTopicReader.RawRecord;
import io.newsmonitor.local.kafka.LocalKafkaBroker;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * End to end against a real Kafka broker (see {@link RealKafkaResource}): files dropped in the inbox are read
 * back from {@code articles.raw} with a plain consumer, and the service rides out a broker outage.
 */
@QuarkusTest
@WithTestResource(RealKafkaResource.class)
class IngestOnRealBrokerIT {

    private static final Duration MAX_WAIT = Duration.ofSeconds(60);

    @InjectKafkaBroker
    LocalKafkaBroker broker;

    @Inject
    IngestConfig config;

    @Test
    void publishesAnInboxFileAsOneRecordKeyedByItsIdAndMovesIt() throws Exception {
        Path seed = Path.of("../seeds/000_5491ee7717dd1de5.txt");
        String id = ArticleIds.of(Files.readString(seed, StandardCharsets.UTF_8));

        Path processed = drop(seed, "广元 报道.txt");

        await().atMost(MAX_WAIT).untilAsserted(() -> assertThat(processed).exists());
        assertThat(config.inboxDir().resolve("广元 报道.txt")).doesNotExist();
        assertThat(RawTopicReader.recordsWithKey(broker.bootstrapServers(), id))
                .containsExactly(new RawRecord(id, id, "广元 报道.txt"));
    }

    @Test
    void keepsFilesInTheInboxWhileTheBrokerIsDownAndPublishesEachExactlyOnceWhenItIsBack() throws Exception {
        List<String> names = List.of("outage.txt", "outage 2.txt", "停电.txt");
        List<Path> seeds = List.of(Path.of("../seeds/001_7d9b857bafb98f1d.txt"),
                Path.of("../seeds/003_ebd92fc11dedd122.txt"), Path.of("../seeds/004_f1aac2ba4ab8f433.txt"));
        List<String> ids = new ArrayList<>();
        for (Path seed : seeds) {
            ids.add(ArticleIds.of(Files.readString(seed, StandardCharsets.UTF_8)));
        }
        broker.stop();
        List<Path> processed = new ArrayList<>();
        try {
            for (int i = 0; i < seeds.size(); i++) {
                processed.add(drop(seeds.get(i), names.get(i)));
            }
            // First attempt times out after ingest.publish-timeout (2 s); readiness is DOWN from then on.
            await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> get("/q/health/ready").then().statusCode(503));
            // Long enough for several attempts per file (2 s each, then 1 s, 2 s, 4 s apart), each of which
            // used to leave one more record in the producer's buffer.
            await().during(Duration.ofSeconds(12)).atMost(Duration.ofSeconds(14)).untilAsserted(() -> {
                for (String name : names) {
                    assertThat(config.inboxDir().resolve(name)).exists();
                }
            });
            assertThat(processed).noneMatch(Files::exists);
        } finally {
            broker.start();
        }

        await().atMost(MAX_WAIT).untilAsserted(() -> assertThat(processed).allMatch(Files::exists));
        await().atMost(MAX_WAIT).untilAsserted(() -> get("/q/health/ready").then().statusCode(200));
        for (String name : names) {
            assertThat(config.inboxDir().resolve(name)).doesNotExist();
        }
        // Exactly one record per article: a retry never sends an article again while an earlier send of it
        // may still be delivered by the producer.
        List<RawRecord> all = RawTopicReader.readAll(broker.bootstrapServers());
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            assertThat(all.stream().filter(r -> id.equals(r.key())).toList())
                    .containsExactly(new RawRecord(id, id, names.get(i)));
        }
        assertThat(processed.get(0).getParent()).isDirectoryNotContaining("glob:**/outage-1.txt");
    }

    @Test
    void publishesTheSameFileDroppedTwiceOnce() throws Exception {
        Path seed = Path.of("../seeds/002_4cf52e65458ed11e.txt");
        String id = ArticleIds.of(Files.readString(seed, StandardCharsets.UTF_8));

        Path first = drop(seed, "twice.txt");
        await().atMost(MAX_WAIT).untilAsserted(() -> assertThat(first).exists());
        Path second = first.resolveSibling("twice-1.txt");
        drop(seed, "twice.txt");
        await().atMost(MAX_WAIT).untilAsserted(() -> assertThat(second).exists());

        assertThat(RawTopicReader.recordsWithKey(broker.bootstrapServers(), id))
                .containsExactly(new RawRecord(id, id, "twice.txt"));
    }

    @Test
    void publishesABurstOfFilesInFlightTogetherOncePerArticleAndMovesEveryFile() throws Exception {
        List<String> paragraphs = Files.readString(Path.of("../seeds/003_ebd92fc11dedd122.txt"), StandardCharsets.UTF_8)
                .lines().map(String::strip).filter(line -> line.length() > 20).toList();
        Path staging = Files.createDirectories(config.stateDir().resolveSibling("burst-staging"));
        Map<String, String> texts = new LinkedHashMap<>();
        for (int i = 0; i < 80; i++) {
            texts.put("burst-" + i + ".txt", paragraphs.get(i % paragraphs.size()) + "（第" + i + "篇）");
        }
        // The same text in two files of the burst: one record, both files moved.
        texts.put("burst-copy.txt", texts.get("burst-7.txt"));
        for (Map.Entry<String, String> text : texts.entrySet()) {
            Files.writeString(staging.resolve(text.getKey()), text.getValue(), StandardCharsets.UTF_8);
        }
        for (String name : texts.keySet()) {
            Files.move(staging.resolve(name), config.inboxDir().resolve(name));
        }

        Path processed = config.processedDir().resolve(LocalDate.now().toString());
        await().atMost(MAX_WAIT).untilAsserted(
                () -> assertThat(texts.keySet()).allMatch(name -> Files.exists(processed.resolve(name))));
        assertThat(texts.keySet()).noneMatch(name -> Files.exists(config.inboxDir().resolve(name)));
        Map<String, List<RawRecord>> byKey = RawTopicReader.readAll(broker.bootstrapServers()).stream()
                .collect(Collectors.groupingBy(RawRecord::key));
        for (Map.Entry<String, String> text : texts.entrySet()) {
            String id = ArticleIds.of(text.getValue());
            assertThat(byKey.get(id)).as(text.getKey()).hasSize(1);
        }
        assertThat(byKey.get(ArticleIds.of(texts.get("burst-copy.txt")))).extracting(RawRecord::fileName)
                .containsExactly("burst-7.txt");
    }

    /** Copies a seed into the inbox under a temporary name, then renames it, as the README advises. */
    private Path drop(Path seed, String name) throws Exception {
        Path part = config.inboxDir().resolve(name + ".part");
        Files.copy(seed, part);
        Files.move(part, config.inboxDir().resolve(name));
        return config.processedDir().resolve(LocalDate.now().toString()).resolve(name);
    }
}
