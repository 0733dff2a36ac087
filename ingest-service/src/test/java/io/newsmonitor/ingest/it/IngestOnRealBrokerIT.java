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
import java.util.List;
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
    void keepsTheFileInTheInboxWhileTheBrokerIsDownAndPublishesItWhenItIsBack() throws Exception {
        Path seed = Path.of("../seeds/001_7d9b857bafb98f1d.txt");
        String id = ArticleIds.of(Files.readString(seed, StandardCharsets.UTF_8));
        Path inboxFile = config.inboxDir().resolve("outage.txt");
        broker.stop();
        Path processed;
        try {
            processed = drop(seed, "outage.txt");

            // First attempt times out after ingest.publish-timeout (2 s); readiness is DOWN from then on.
            await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> get("/q/health/ready").then().statusCode(503));
            await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5))
                    .untilAsserted(() -> assertThat(inboxFile).exists());
            assertThat(processed).doesNotExist();
        } finally {
            broker.start();
        }

        await().atMost(MAX_WAIT).untilAsserted(() -> assertThat(processed).exists());
        assertThat(inboxFile).doesNotExist();
        await().atMost(MAX_WAIT).untilAsserted(() -> get("/q/health/ready").then().statusCode(200));
        // At least once, not exactly once: each attempt that timed out during the outage stays in the Kafka
        // producer's buffer (delivery.timeout.ms, 120 s) and is delivered when the broker is back, next to the
        // retry that succeeded. Idempotence only removes the producer's own resends of one record, so the topic
        // holds one record per attempt, all with the same key and id; consumers that upsert by id see one article.
        List<RawRecord> records = RawTopicReader.recordsWithKey(broker.bootstrapServers(), id);
        assertThat(records).isNotEmpty().containsOnly(new RawRecord(id, id, "outage.txt"));
        assertThat(records.stream().map(RawRecord::id).distinct()).containsExactly(id);
        assertThat(processed.getParent()).isDirectoryNotContaining("glob:**/outage-1.txt");
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

    /** Copies a seed into the inbox under a temporary name, then renames it, as the README advises. */
    private Path drop(Path seed, String name) throws Exception {
        Path part = config.inboxDir().resolve(name + ".part");
        Files.copy(seed, part);
        Files.move(part, config.inboxDir().resolve(name));
        return config.processedDir().resolve(LocalDate.now().toString()).resolve(name);
    }
}
