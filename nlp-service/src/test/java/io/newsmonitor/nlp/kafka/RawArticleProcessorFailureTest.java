package io.newsmonitor.nlp.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsmonitor.events.EnrichedArticle;
import io.newsmonitor.events.EventJson;
import io.newsmonitor.events.RawArticle;
import io.newsmonitor.nlp.pipeline.EnrichmentPipeline;
import io.newsmonitor.nlp.pipeline.PipelineStageException;
import io.newsmonitor.nlp.support.Seeds;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.junit.jupiter.api.Test;

/** What a failing pipeline stage puts into the nack, which SmallRye's dead-letter queue turns into record headers. */
class RawArticleProcessorFailureTest {

    @Test
    void nacksWithTheFailingStageAndTheRootException() {
        EnrichmentPipeline failing = new EnrichmentPipeline(10, 3, Clock.systemUTC()) {
            @Override
            public EnrichedArticle enrich(RawArticle raw) {
                throw new PipelineStageException("entities", new IllegalStateException("person dictionary not loaded"));
            }
        };
        RawArticle article = Seeds.raw("003");
        AtomicReference<Throwable> reason = new AtomicReference<>();
        AtomicReference<Metadata> metadata = new AtomicReference<>();
        Message<String> message = Message.of(EventJson.write(article)).withNackWithMetadata((failure, md) -> {
            reason.set(failure);
            metadata.set(md);
            return CompletableFuture.completedFuture(null);
        });

        assertThat(new RawArticleProcessor(failing).process(message)).isNull();

        assertThat(reason.get()).isInstanceOf(EnrichmentException.class)
                .hasMessage("Cannot enrich article " + article.id() + " (003_ebd92fc11dedd122.txt) at an unknown offset: "
                        + "Stage 'entities' failed: java.lang.IllegalStateException: person dictionary not loaded. "
                        + "The record goes to the dead-letter topic.");
        assertThat(headers(metadata.get())).containsExactly(
                Map.entry("nlp-failed-stage", "entities"),
                Map.entry("nlp-exception-class", "java.lang.IllegalStateException"),
                Map.entry("nlp-exception-message", "person dictionary not loaded"));
    }

    static Map<String, String> headers(Metadata metadata) {
        Map<String, String> headers = new LinkedHashMap<>();
        OutgoingKafkaRecordMetadata<?> kafka = metadata.get(OutgoingKafkaRecordMetadata.class).orElseThrow();
        for (Header header : kafka.getHeaders()) {
            headers.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
        }
        return headers;
    }
}
