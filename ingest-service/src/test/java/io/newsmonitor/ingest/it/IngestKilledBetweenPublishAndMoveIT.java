package io.newsmonitor.ingest.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsmonitor.events.ArticleIds;
import io.newsmonitor.ingest.TempFolders;
import io.newsmonitor.ingest.it.RawTopicReader.RawRecord;
import io.newsmonitor.local.kafka.LocalKafkaBroker;
import io.newsmonitor.local.kafka.ManagedProcess;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The packaged service (target/quarkus-app, built in the package phase) is killed with SIGKILL after the broker
 * acknowledged a file's article and before the file was moved, then started again on the same folders. The
 * window is widened with {@code ingest.pause-before-move}; the crash itself is real.
 */
class IngestKilledBetweenPublishAndMoveIT {

    private static final Duration MAX_WAIT = Duration.ofSeconds(90);
    private static final Path SEED = Path.of("../seeds/003_ebd92fc11dedd122.txt");

    private Path root;
    private LocalKafkaBroker broker;
    private PackagedIngest first;
    private PackagedIngest second;

    @BeforeEach
    void startBroker() {
        root = TempFolders.createRoot("ingest-crash-it-");
        broker = LocalKafkaBroker.startWithNewsMonitorTopics(root.resolve("kafka"));
    }

    @AfterEach
    void stopEverything() {
        for (PackagedIngest service : new PackagedIngest[] {first, second}) {
            if (service != null) {
                service.process().stop(20);
            }
        }
        broker.stop();
        TempFolders.deleteRecursively(root);
    }

    @Test
    void aFileAcknowledgedBeforeAKillIsMovedAfterTheRestartWithoutASecondRecord() throws Exception {
        String id = ArticleIds.of(Files.readString(SEED, StandardCharsets.UTF_8));
        Path inboxFile = root.resolve("inbox/crash.txt");
        Path processed = root.resolve("processed").resolve(LocalDate.now().toString()).resolve("crash.txt");

        first = PackagedIngest.start(root, broker.bootstrapServers(), Duration.ofMinutes(10), "ingest-first.log");
        first.awaitReady(MAX_WAIT);
        Path part = Files.copy(SEED, root.resolve("inbox/crash.txt.part"));
        Files.move(part, inboxFile);
        await().atMost(MAX_WAIT).pollInterval(Duration.ofMillis(500))
                .until(() -> RawTopicReader.recordsWithKey(broker.bootstrapServers(), id).size() == 1);
        assertThat(inboxFile).exists();

        first.process().kill();
        assertThat(first.process().isAlive()).isFalse();
        assertThat(processed).doesNotExist();
        assertThat(inboxFile).exists();

        second = PackagedIngest.start(root, broker.bootstrapServers(), Duration.ZERO, "ingest-second.log");
        await().atMost(MAX_WAIT).untilAsserted(() -> assertThat(processed).exists());
        assertThat(inboxFile).doesNotExist();
        assertThat(Files.readString(processed, StandardCharsets.UTF_8))
                .isEqualTo(Files.readString(SEED, StandardCharsets.UTF_8));
        assertThat(RawTopicReader.recordsWithKey(broker.bootstrapServers(), id))
                .containsExactly(new RawRecord(id, id, "crash.txt"));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(second.log())
                .contains("crash.txt: already published as " + id.substring(0, 12)
                        + "; moved to processed without publishing again."));
        assertThat(first.log()).doesNotContain("already published as");
    }
}
