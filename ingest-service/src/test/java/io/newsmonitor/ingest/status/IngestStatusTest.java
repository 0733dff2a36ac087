package io.newsmonitor.ingest.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class IngestStatusTest {

    private static final Instant T0 = Instant.parse("2025-03-01T08:00:00Z");
    private static final Duration MAX_WAIT = Duration.ofSeconds(60);

    private final IngestStatus status = new IngestStatus();

    @Test
    void isReadyBeforeAnyPublish() {
        assertThat(status.notReadyReason(T0, MAX_WAIT)).isEmpty();
    }

    @Test
    void isNotReadyWhileTheLastPublishFailed() {
        status.publishFailed("abc123", "The broker did not acknowledge article abc123 within 100 ms.", T0);

        assertThat(status.notReadyReason(T0, MAX_WAIT)).contains("The last publish (article abc123 at "
                + "2025-03-01T08:00:00Z) failed and none has succeeded since: The broker did not acknowledge "
                + "article abc123 within 100 ms.");
    }

    @Test
    void isReadyAgainOnceAPublishSucceeds() {
        status.publishFailed("abc123", "refused", T0);
        status.publishAcknowledged();

        assertThat(status.notReadyReason(T0, MAX_WAIT)).isEmpty();
    }

    @Test
    void isNotReadyWhenAFileWaitedForTheBrokerLongerThanTheBound() {
        status.fileWaitingForBroker("四川/a.txt", T0);
        status.publishAcknowledged();

        assertThat(status.notReadyReason(T0.plusSeconds(60), MAX_WAIT)).isEmpty();
        assertThat(status.notReadyReason(T0.plusSeconds(61), MAX_WAIT)).contains("四川/a.txt has waited 61 s for the "
                + "broker's acknowledgement, longer than ingest.readiness-max-wait (60 s): check that Kafka is reachable.");
    }

    @Test
    void forgetsAWaitingFileOnceItIsDone() {
        status.fileWaitingForBroker("a.txt", T0);
        status.fileDone("a.txt");

        assertThat(status.notReadyReason(T0.plusSeconds(120), MAX_WAIT)).isEmpty();
    }

    @Test
    void aRefusedPublishMakesTheServiceNotReady() {
        PublishObserver observer = new PublishObserver(status,
                new io.newsmonitor.ingest.metrics.IngestMetrics(new io.micrometer.core.instrument.simple.SimpleMeterRegistry()));
        var publisher = new io.newsmonitor.ingest.publish.ArticlePublisher(
                new io.newsmonitor.ingest.publish.FakeEmitter(io.newsmonitor.ingest.publish.FakeEmitter.Answer.NACK),
                Duration.ofMillis(100), observer);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> publisher.publish(
                io.newsmonitor.events.RawArticle.of("a.txt", 6, T0, "新闻")));

        assertThat(status.notReadyReason(T0, MAX_WAIT)).get().asString().contains("The broker refused article");
    }
}
