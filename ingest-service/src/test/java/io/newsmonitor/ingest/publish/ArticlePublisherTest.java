package io.newsmonitor.ingest.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsmonitor.events.RawArticle;
import io.newsmonitor.ingest.publish.FakeEmitter.Answer;
import io.newsmonitor.ingest.read.ArticleRejectedException;
import io.newsmonitor.ingest.read.ArticleRejectedException.Reason;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

class ArticlePublisherTest {

    private final RawArticle article = RawArticle.of("a.txt", 6, Instant.parse("2025-03-01T08:00:00Z"), "新闻");

    @Test
    void returnsOnceTheBrokerAcknowledged() throws Exception {
        FakeEmitter emitter = new FakeEmitter(Answer.ACK);

        new ArticlePublisher(emitter, Duration.ofSeconds(1)).publish(article);

        assertThat(emitter.sent()).hasSize(1);
        assertThat(emitter.sent().get(0).getPayload()).isEqualTo(article);
    }

    @Test
    void keysTheRecordByArticleId() throws Exception {
        FakeEmitter emitter = new FakeEmitter(Answer.ACK);

        new ArticlePublisher(emitter, Duration.ofSeconds(1)).publish(article);

        OutgoingKafkaRecordMetadata<?> metadata =
                emitter.sent().get(0).getMetadata(OutgoingKafkaRecordMetadata.class).orElseThrow();
        assertThat(metadata.getKey()).isEqualTo(article.id());
    }

    @Test
    void silenceBeyondTheTimeoutIsAPublishExceptionWithTheId() {
        ArticlePublisher publisher = new ArticlePublisher(new FakeEmitter(Answer.SILENCE), Duration.ofMillis(50));

        assertThatThrownBy(() -> publisher.publish(article))
                .isInstanceOf(PublishException.class)
                .hasMessage("The broker did not acknowledge article " + article.id()
                        + " within 50 ms (ingest.publish-timeout): check that Kafka is reachable; retry later.");
    }

    @Test
    void refusalIsAPublishExceptionWithTheReason() {
        ArticlePublisher publisher = new ArticlePublisher(new FakeEmitter(Answer.NACK), Duration.ofSeconds(1));

        assertThatThrownBy(() -> publisher.publish(article))
                .isInstanceOf(PublishException.class)
                .hasMessage("The broker refused article " + article.id() + ": NOT_ENOUGH_REPLICAS. Retry later.")
                .extracting(e -> ((PublishException) e).articleId()).isEqualTo(article.id());
    }

    @Test
    void aRetryWhileTheFirstSendIsStillPendingDoesNotSendTheArticleAgain() {
        FakeEmitter emitter = new FakeEmitter(Answer.SILENCE);
        ArticlePublisher publisher = afterOneTimeout(emitter);

        emitter.answer(Answer.ACK);
        assertThatThrownBy(() -> publisher.publish(article)).isInstanceOf(PublishException.class);

        assertThat(emitter.sent()).hasSize(1);
    }

    @Test
    void anAcknowledgementArrivingAfterTheTimeoutCompletesTheNextAttemptWithoutASecondSend() throws Exception {
        FakeEmitter emitter = new FakeEmitter(Answer.SILENCE);
        ArticlePublisher publisher = afterOneTimeout(emitter);

        emitter.sent().get(0).ack();
        publisher.publish(article);

        assertThat(emitter.sent()).hasSize(1);
    }

    @Test
    void aSendTheProducerGaveUpOnIsSentAgainOnTheNextAttempt() throws Exception {
        FakeEmitter emitter = new FakeEmitter(Answer.SILENCE);
        ArticlePublisher publisher = afterOneTimeout(emitter);

        emitter.sent().get(0).nack(new TimeoutException("Expiring 1 record(s) for articles.raw-0: 30000 ms has passed"));
        emitter.answer(Answer.ACK);
        publisher.publish(article);

        assertThat(emitter.sent()).hasSize(2);
    }

    @Test
    void anAcknowledgedArticlePublishedAgainIsSentAgain() throws Exception {
        FakeEmitter emitter = new FakeEmitter(Answer.ACK);
        ArticlePublisher publisher = new ArticlePublisher(emitter, Duration.ofSeconds(1));

        publisher.publish(article);
        publisher.publish(article);

        assertThat(emitter.sent()).hasSize(2);
    }

    /** A publisher whose first attempt to publish the article timed out, the send still unanswered. */
    private ArticlePublisher afterOneTimeout(FakeEmitter emitter) {
        ArticlePublisher publisher = new ArticlePublisher(emitter, Duration.ofMillis(50));
        assertThatThrownBy(() -> publisher.publish(article)).isInstanceOf(PublishException.class);
        return publisher;
    }

    @Test
    void aRecordTooLargeForTheBrokerIsAPermanentRejectionNamingTheFileAndTheLimits() {
        FakeEmitter emitter = new FakeEmitter(Answer.TOO_LARGE);

        assertThatThrownBy(() -> new ArticlePublisher(emitter, Duration.ofSeconds(1)).publish(article))
                .isInstanceOf(ArticleRejectedException.class)
                .hasMessage("a.txt holds an article (id " + article.id() + ", 2 characters) that is too large for "
                        + "Kafka: The request included a message larger than the max message size the server will "
                        + "accept.. Split it into smaller articles, or raise the topic's max.message.bytes and "
                        + "ingest's INGEST_KAFKA_MAX_REQUEST_SIZE, then submit it again.")
                .extracting(e -> ((ArticleRejectedException) e).reason()).isEqualTo(Reason.TOO_LARGE);
    }
}
