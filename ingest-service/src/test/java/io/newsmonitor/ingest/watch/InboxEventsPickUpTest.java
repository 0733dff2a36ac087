package io.newsmonitor.ingest.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsmonitor.events.ArticleIds;
import io.newsmonitor.events.RawArticle;
import io.newsmonitor.ingest.TempFolders;
import io.newsmonitor.ingest.config.IngestConfig;
import io.newsmonitor.ingest.publish.ArticlePublisher;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.junit.jupiter.api.Test;

/**
 * With polling slowed to once an hour, files are still picked up: file system events and the settle-time wake-up
 * alone drive the inbox loop, in the inbox and in folders created after the start.
 */
@QuarkusTest
@WithTestResource(InboxEventsPickUpTest.HourlyPoll.class)
class InboxEventsPickUpTest {

    // Far below the hour between polls; generous for a loaded machine.
    private static final Duration MAX_WAIT = Duration.ofSeconds(20);

    /** The test folders, with a poll interval no test waits for. */
    public static final class HourlyPoll implements QuarkusTestResourceLifecycleManager {

        private final TempFolders folders = new TempFolders();

        @Override
        public Map<String, String> start() {
            Map<String, String> properties = new HashMap<>(folders.start());
            properties.put("ingest.poll-interval", "1h");
            return properties;
        }

        @Override
        public void stop() {
            folders.stop();
        }
    }

    @Inject
    @jakarta.enterprise.inject.Any
    InMemoryConnector connector;

    @Inject
    IngestConfig config;

    private List<String> idsPublishedFrom(String fileName) {
        return connector.<RawArticle>sink(ArticlePublisher.CHANNEL).received().stream().map(Message::getPayload)
                .filter(a -> fileName.equals(a.fileName())).map(RawArticle::id).toList();
    }

    @Test
    void publishesAFileWrittenInPlaceOnceItSettled() throws Exception {
        String text = "巴中市召开全市经济工作会议，部署明年重点工作。";
        Files.writeString(config.inboxDir().resolve("in-place.txt"), text, StandardCharsets.UTF_8);

        await().atMost(MAX_WAIT).untilAsserted(
                () -> assertThat(idsPublishedFrom("in-place.txt")).containsExactly(ArticleIds.of(text)));
    }

    @Test
    void publishesAFileRenamedIntoAFolderCreatedAfterTheStart() throws Exception {
        String text = "广元市举行重点项目集中开工仪式，总投资逾百亿元。";
        Path staged = Files.writeString(config.stateDir().resolveSibling("staged.txt"), text, StandardCharsets.UTF_8);
        Path folder = Files.createDirectories(config.inboxDir().resolve("2026/11"));
        Files.move(staged, folder.resolve("renamed.txt"));

        await().atMost(MAX_WAIT).untilAsserted(
                () -> assertThat(idsPublishedFrom("2026/11/renamed.txt")).containsExactly(ArticleIds.of(text)));
        assertThat(config.processedDir().resolve(LocalDate.now().toString()).resolve("2026/11/renamed.txt"))
                .hasContent(text);
    }
}
