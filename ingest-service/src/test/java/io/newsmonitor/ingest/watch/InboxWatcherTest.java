package io.newsmonitor.ingest.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsmonitor.events.ArticleIds;
import io.newsmonitor.events.RawArticle;
import io.newsmonitor.ingest.TempFolders;
import io.newsmonitor.ingest.config.IngestConfig;
import io.newsmonitor.ingest.publish.ArticlePublisher;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import io.smallrye.reactive.messaging.memory.InMemorySink;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(TempFolders.class)
class InboxWatcherTest {

    private static final Path SEED = Path.of("../seeds/000_5491ee7717dd1de5.txt");

    @Inject
    @jakarta.enterprise.inject.Any
    InMemoryConnector connector;

    @Inject
    IngestConfig config;

    private List<RawArticle> articlesFrom(String fileName) {
        InMemorySink<RawArticle> sink = connector.sink(ArticlePublisher.CHANNEL);
        return sink.received().stream().map(Message::getPayload).filter(a -> fileName.equals(a.fileName())).toList();
    }

    @Test
    void publishesASeedFileOnceKeyedByItsIdAndMovesItToTodaysFolder() throws Exception {
        String name = "广元 全会 报道.txt";
        Files.copy(SEED, config.inboxDir().resolve(name));
        String expectedId = ArticleIds.of(Files.readString(SEED, StandardCharsets.UTF_8));
        Path processed = config.processedDir().resolve(LocalDate.now().toString()).resolve(name);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(processed).exists());

        InMemorySink<RawArticle> sink = connector.sink(ArticlePublisher.CHANNEL);
        List<? extends Message<RawArticle>> messages = sink.received().stream()
                .filter(m -> name.equals(m.getPayload().fileName())).toList();
        assertThat(messages).singleElement().satisfies(message -> {
            assertThat(message.getPayload().id()).isEqualTo(expectedId);
            assertThat(message.getPayload().sizeBytes()).isEqualTo(Files.size(SEED));
            assertThat(message.getPayload().text()).isEqualTo(Files.readString(SEED));
            assertThat(message.getMetadata(OutgoingKafkaRecordMetadata.class).orElseThrow().getKey())
                    .isEqualTo(expectedId);
        });
        assertThat(processed).hasSameBinaryContentAs(SEED);
        assertThat(config.inboxDir().resolve(name)).doesNotExist();
    }

    @Test
    void movesAnEmptyFileToRejectedWithAnExplanation() throws Exception {
        Files.createFile(config.inboxDir().resolve("empty.txt"));
        Path note = config.rejectedDir().resolve("empty.txt.error.txt");

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(note).exists());

        assertThat(config.rejectedDir().resolve("empty.txt")).exists();
        assertThat(Files.readString(note)).contains(
                "empty.txt is empty (it contains 0 bytes): there is no article text to publish. "
                        + "Put the article text in it and submit it again.");
        assertThat(config.inboxDir().resolve("empty.txt")).doesNotExist();
        assertThat(articlesFrom("empty.txt")).isEmpty();
    }

    @Test
    void publishesFilesFromSubFolders() throws Exception {
        Path sub = Files.createDirectories(config.inboxDir().resolve("四川"));
        Files.copy(Path.of("../seeds/002_4cf52e65458ed11e.txt"), sub.resolve("002.txt"));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(articlesFrom("四川/002.txt")).hasSize(1));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                config.processedDir().resolve(LocalDate.now().toString()).resolve("四川/002.txt")).exists());
    }
}
