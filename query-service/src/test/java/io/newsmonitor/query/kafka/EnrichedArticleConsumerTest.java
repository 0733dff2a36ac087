package io.newsmonitor.query.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsmonitor.events.EnrichedArticle;
import io.newsmonitor.events.EventJson;
import io.newsmonitor.events.Topics;
import io.newsmonitor.query.SampleArticles;
import io.newsmonitor.query.index.LuceneArticleView;
import io.newsmonitor.query.live.LiveArticleFeed;
import io.newsmonitor.query.live.LiveConfig;
import io.newsmonitor.query.view.ArticleSummary;
import io.smallrye.mutiny.helpers.test.AssertSubscriber;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import io.newsmonitor.query.watch.WatchlistAlerts;
import io.newsmonitor.query.watch.WatchlistStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnrichedArticleConsumerTest {

    private static final Instant T0 = Instant.parse("2026-01-10T08:00:05Z");

    @TempDir
    Path folder;

    private LuceneArticleView view;
    private final LiveArticleFeed live = new LiveArticleFeed(new LiveConfig() {
        @Override
        public int heartbeatSeconds() {
            return 15;
        }

        @Override
        public int clientBufferSize() {
            return 16;
        }
    });
    private EnrichedArticleConsumer consumer;

    @BeforeEach
    void openView() {
        view = LuceneArticleView.open(folder.resolve("index"));
        WatchlistAlerts alerts = new WatchlistAlerts(new WatchlistStore(folder.resolve("watchlists.json")),
                alert -> CompletableFuture.completedFuture(null), Clock.systemUTC());
        ReplayReadiness replay = new ReplayReadiness(view);
        replay.noReplay();
        consumer = new EnrichedArticleConsumer(view, live, alerts, replay);
    }

    @AfterEach
    void closeView() {
        view.close();
    }

    @Test
    void publishesOnlyIdsNewToTheViewToTheLiveFeed() {
        AssertSubscriber<ArticleSummary> client = live.articles().subscribe().withSubscriber(AssertSubscriber.create(10));
        EnrichedArticle first = SampleArticles.pingchang(T0);

        consumer.consume(Message.of(EventJson.write(first)));
        consumer.consume(Message.of(EventJson.write(SampleArticles.pingchang(T0.plusSeconds(60)))));
        view.awaitVisible();

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(client.getItems()).containsExactly(ArticleSummary.of(first)));
        assertThat(view.findById(first.id()).orElseThrow().enrichedAt()).isEqualTo(T0.plusSeconds(60));
    }

    @Test
    void anArticleOnTheLiveFeedCanBeReadAtOnce() {
        // Searches would see the write only after an hour, unless the consumer waits for it before announcing it.
        try (LuceneArticleView slow = LuceneArticleView.open(folder.resolve("slow"), Duration.ofHours(1))) {
            ReplayReadiness replay = new ReplayReadiness(slow);
            replay.noReplay();
            EnrichedArticleConsumer announcing = new EnrichedArticleConsumer(slow, live, new WatchlistAlerts(
                    new WatchlistStore(folder.resolve("slow-watchlists.json")), alert -> CompletableFuture.completedFuture(null), Clock.systemUTC()), replay);
            List<Optional<EnrichedArticle>> readWhenAnnounced = new CopyOnWriteArrayList<>();
            live.articles().subscribe().with(summary -> readWhenAnnounced.add(slow.findById(summary.id())));
            EnrichedArticle pingchang = SampleArticles.pingchang(T0);

            // The consumer does not wait for the refresh: it returns at once, the announcement follows it.
            announcing.consume(Message.of(EventJson.write(pingchang))).toCompletableFuture().join();

            await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                    assertThat(readWhenAnnounced).containsExactly(Optional.of(pingchang)));
        }
    }

    @Test
    void removesTheArticleNamedByATombstone() {
        EnrichedArticle pingchang = SampleArticles.pingchang(T0);
        consumer.consume(Message.of(EventJson.write(pingchang)));

        consumer.consume(kafkaRecord(pingchang.id(), null, 7));
        view.awaitVisible();

        assertThat(view.count()).isZero();
    }

    @Test
    void acknowledgesAndSkipsARecordThatIsNotAnArticle() {
        consumer.consume(kafkaRecord("k", "[1, 2, 3]", 8)).toCompletableFuture().join();

        assertThat(view.count()).isZero();
    }

    @Test
    void namesTopicPartitionAndOffsetOfAKafkaRecord() {
        assertThat(EnrichedArticleConsumer.where(kafkaRecord("abc", "{}", 42)))
                .isEqualTo("record at articles.enriched/3@42 (key abc)");
    }

    @Test
    void namesTheChannelWhenNoKafkaMetadataIsPresent() {
        assertThat(EnrichedArticleConsumer.where(Message.of("{}")))
                .isEqualTo("record on channel articles-enriched");
    }

    private static Message<String> kafkaRecord(String key, String value, long offset) {
        ConsumerRecord<String, String> record = new ConsumerRecord<>(Topics.ENRICHED, 3, offset, key, value);
        return Message.of(value, Metadata.of(new IncomingKafkaRecordMetadata<>(record, EnrichedArticleConsumer.CHANNEL)));
    }
}
