package io.newsmonitor.ingest.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.newsmonitor.events.ArticleIds;
import io.newsmonitor.events.RawArticle;
import io.newsmonitor.ingest.TempFolders;
import io.newsmonitor.ingest.publish.ArticlePublisher;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import io.smallrye.reactive.messaging.memory.InMemorySink;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(TempFolders.class)
class ArticleResourceTest {

    private static final Path SEED = Path.of("../seeds/003_ebd92fc11dedd122.txt");

    @Inject
    @Any
    InMemoryConnector connector;

    @Test
    void acceptsAPostedArticleAfterTheBrokerAcknowledged() throws Exception {
        String text = Files.readString(SEED, StandardCharsets.UTF_8);
        String id = ArticleIds.of(text);

        given().contentType("text/plain; charset=UTF-8").body(text.getBytes(StandardCharsets.UTF_8))
                .when().post("/api/articles")
                .then().statusCode(202)
                .body("id", equalTo(id))
                .body("status", equalTo("published"));

        InMemorySink<RawArticle> sink = connector.sink(ArticlePublisher.CHANNEL);
        Message<RawArticle> message = sink.received().stream()
                .filter(m -> m.getPayload().id().equals(id)).findFirst().orElseThrow();
        assertThat(message.getPayload().fileName()).isEqualTo("http-post");
        assertThat(message.getPayload().text()).isEqualTo(text);
        assertThat(message.getPayload().sizeBytes()).isEqualTo(Files.size(SEED));
        assertThat(message.getMetadata(OutgoingKafkaRecordMetadata.class).orElseThrow().getKey()).isEqualTo(id);
    }

    @Test
    void answers400ToABlankBody() {
        given().contentType("text/plain; charset=UTF-8").body(" \n ")
                .when().post("/api/articles")
                .then().statusCode(400)
                .body("error", equalTo("The request body is empty: send the article text as text/plain UTF-8."));
    }

    @Test
    void answers400ToAnEmptyBody() {
        given().contentType("text/plain; charset=UTF-8").body(new byte[0])
                .when().post("/api/articles")
                .then().statusCode(400)
                .body("error", equalTo("The request body is empty: send the article text as text/plain UTF-8."));
    }

    @Test
    void answers400WithTheOffsetToABodyThatIsNotUtf8() {
        byte[] gbk = "新闻".getBytes(java.nio.charset.Charset.forName("GBK"));

        given().contentType("text/plain").body(gbk)
                .when().post("/api/articles")
                .then().statusCode(400)
                .body("error", startsWith("http-post is not valid UTF-8: the byte 0xD0 at offset 0 "));
    }

    @Test
    void answers413ToABodyLargerThanTheLimit() {
        byte[] big = new byte[1024 * 1024 + 1];
        Arrays.fill(big, (byte) 'a');

        given().contentType("text/plain; charset=UTF-8").body(big)
                .when().post("/api/articles")
                .then().statusCode(413)
                .body("error", equalTo("http-post is 1048577 bytes, larger than the limit of 1048576 bytes "
                        + "(1 MB, ingest.max-file-size-mb): split the article into smaller parts or raise the limit, "
                        + "then submit it again."));
    }

    @Test
    void reportsTheInboxAndCountersInTheStatus() {
        given().when().get("/api/ingest/status")
                .then().statusCode(200)
                .body("inboxDir", startsWith("/"))
                .body("inboxDir", org.hamcrest.Matchers.endsWith("/inbox"))
                .body("filesWaiting", org.hamcrest.Matchers.greaterThanOrEqualTo(0))
                .body("processed", org.hamcrest.Matchers.greaterThanOrEqualTo(0))
                .body("rejected", org.hamcrest.Matchers.greaterThanOrEqualTo(0));
    }
}
