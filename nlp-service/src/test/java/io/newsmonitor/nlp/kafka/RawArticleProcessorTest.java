package io.newsmonitor.nlp.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsmonitor.events.EnrichedArticle;
import io.newsmonitor.events.EventJson;
import io.newsmonitor.events.PersonMention;
import io.newsmonitor.events.RawArticle;
import io.newsmonitor.nlp.support.Seeds;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import io.smallrye.reactive.messaging.memory.InMemorySink;
import io.smallrye.reactive.messaging.memory.InMemorySource;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RawArticleProcessorTest {

    @Inject
    @Any
    InMemoryConnector connector;

    private InMemorySource<Object> raw;
    private InMemorySink<EnrichedArticle> enriched;

    @BeforeEach
    void clearChannels() {
        raw = connector.source(RawArticleProcessor.RAW_CHANNEL);
        enriched = connector.sink(RawArticleProcessor.ENRICHED_CHANNEL);
        enriched.clear();
    }

    @Test
    void publishesEnrichedArticleKeyedByIdAndAcknowledgesTheRawRecord() {
        RawArticle article = Seeds.raw("002");
        AtomicBoolean acked = new AtomicBoolean();
        raw.send(Message.of(EventJson.write(article)).withAck(() -> {
            acked.set(true);
            return CompletableFuture.completedFuture(null);
        }));

        await().atMost(Duration.ofSeconds(30)).until(() -> enriched.received().size() == 1);
        Message<EnrichedArticle> message = enriched.received().get(0);
        assertThat(message.getPayload().id()).isEqualTo(article.id());
        assertThat(message.getPayload().persons()).extracting(PersonMention::name).contains("罗增斌");
        assertThat(message.getMetadata(OutgoingKafkaRecordMetadata.class))
                .hasValueSatisfying(metadata -> assertThat(metadata.getKey()).isEqualTo(article.id()));
        // The in-memory sink acknowledges what it receives, which acknowledges the raw record.
        await().atMost(Duration.ofSeconds(5)).untilTrue(acked);
    }

    @Test
    void nacksInvalidJsonWithTheReasonAndKeepsConsuming() {
        AtomicReference<Throwable> reason = new AtomicReference<>();
        raw.send(Message.of("{not json").withNack(failure -> {
            reason.set(failure);
            return CompletableFuture.completedFuture(null);
        }));

        await().atMost(Duration.ofSeconds(10)).until(() -> reason.get() != null);
        assertThat(reason.get())
                .isInstanceOf(EnrichmentException.class)
                .hasMessageStartingWith("Record at an unknown offset is not a RawArticle: ")
                .hasMessageEndingWith("Fix the producer; the record goes to the dead-letter topic.");

        RawArticle next = Seeds.raw("000");
        raw.send(EventJson.write(next));
        await().atMost(Duration.ofSeconds(30)).until(() -> enriched.received().size() == 1);
        assertThat(enriched.received().get(0).getPayload().id()).isEqualTo(next.id());
    }

    @Test
    void publishesCloudEventsHeadersWithTheArticleIdAndEnrichmentTime() {
        RawArticle article = Seeds.raw("001");
        raw.send(EventJson.write(article));

        await().atMost(Duration.ofSeconds(30)).until(() -> enriched.received().size() == 1);
        Message<EnrichedArticle> message = enriched.received().get(0);
        OutgoingKafkaRecordMetadata<?> metadata = message.getMetadata(OutgoingKafkaRecordMetadata.class).orElseThrow();
        Map<String, String> headers = new LinkedHashMap<>();
        metadata.getHeaders().forEach(h -> headers.put(h.key(), new String(h.value(), StandardCharsets.UTF_8)));
        assertThat(headers).containsExactly(
                Map.entry("ce_specversion", "1.0"),
                Map.entry("ce_type", "io.newsmonitor.article.enriched.v1"),
                Map.entry("ce_source", "nlp-service"),
                Map.entry("ce_id", article.id()),
                Map.entry("ce_time", message.getPayload().enrichedAt().toString()),
                Map.entry("content-type", "application/json"));
    }

    @Test
    void nacksAnInvalidRecordWithTheParseStageAndTheJsonErrorForTheDeadLetterHeaders() {
        AtomicReference<Metadata> metadata = new AtomicReference<>();
        raw.send(Message.of("{not json").withNackWithMetadata((failure, md) -> {
            metadata.set(md);
            return CompletableFuture.completedFuture(null);
        }));

        await().atMost(Duration.ofSeconds(10)).until(() -> metadata.get() != null);
        Map<String, String> headers = RawArticleProcessorFailureTest.headers(metadata.get());
        assertThat(headers).containsOnlyKeys("nlp-failed-stage", "nlp-exception-class", "nlp-exception-message")
                .containsEntry("nlp-failed-stage", "parse")
                .containsEntry("nlp-exception-class", "com.fasterxml.jackson.core.JsonParseException");
        assertThat(headers.get("nlp-exception-message")).startsWith("Unexpected character ('n' (code 110))");
    }
}
