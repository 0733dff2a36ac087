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
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import io.smallrye.reactive.messaging.memory.InMemorySink;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import java.nio.charset.Charset;
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

    // Rest Assured adds "charset=ISO-8859-1" to text types unless told not to; these tests mean what they send.
    private static final RestAssuredConfig NO_DEFAULT_CHARSET = RestAssuredConfig.config()
            .encoderConfig(EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false));

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
    void ignoresFileNamesAndPathsThatAClientSendsAndWritesNoFile() throws Exception {
        String text = "巴中市召开防汛工作会议，部署安全度汛各项措施。";
        String id = ArticleIds.of(text);

        given().contentType("text/plain; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"../../../etc/cron.d/evil.txt\"")
                .header("X-File-Name", "..\\..\\windows\\evil.txt")
                .header("X-Title", "/etc/passwd")
                .body(text.getBytes(StandardCharsets.UTF_8))
                .when().post("/api/articles?fileName=/tmp/evil.txt")
                .then().statusCode(202)
                .body("id", equalTo(id));

        RawArticle article = connector.<RawArticle>sink(ArticlePublisher.CHANNEL).received().stream()
                .map(Message::getPayload).filter(a -> a.id().equals(id)).findFirst().orElseThrow();
        assertThat(article.fileName()).isEqualTo("http-post");
        assertThat(article.title()).isNull();
        assertThat(Path.of("/tmp/evil.txt")).doesNotExist();
    }

    @Test
    void answers400ToABlankBody() {
        given().contentType("text/plain; charset=UTF-8").body(" \n ")
                .when().post("/api/articles")
                .then().statusCode(400)
                .body("error", equalTo("The request body is empty: send the article as text/plain, text/html or application/json."));
    }

    @Test
    void answers400ToAnEmptyBody() {
        given().contentType("text/plain; charset=UTF-8").body(new byte[0])
                .when().post("/api/articles")
                .then().statusCode(400)
                .body("error", equalTo("The request body is empty: send the article as text/plain, text/html or application/json."));
    }

    @Test
    void answers400WithTheOffsetToABodyThatIsNotUtf8() {
        byte[] latin = "Café crème".getBytes(java.nio.charset.Charset.forName("windows-1252"));

        given().config(NO_DEFAULT_CHARSET).contentType("text/plain").body(latin)
                .when().post("/api/articles")
                .then().statusCode(400)
                .body("error", startsWith("http-post is not valid UTF-8: the byte 0xE9 at offset 3 "));
    }

    @Test
    void acceptsAShortGbkBodyWithoutACharset() {
        byte[] gbk = "县委召开全会".getBytes(java.nio.charset.Charset.forName("GBK"));

        given().config(NO_DEFAULT_CHARSET).contentType("text/plain").body(gbk)
                .when().post("/api/articles")
                .then().statusCode(202)
                .body("id", equalTo(ArticleIds.of("县委召开全会")));
    }

    @Test
    void decodesABodyInTheCharsetOfItsContentType() throws Exception {
        String text = Files.readString(Path.of("../seeds/004_f1aac2ba4ab8f433.txt"), StandardCharsets.UTF_8);

        given().contentType("text/plain; charset=GB18030").body(text.getBytes(Charset.forName("GB18030")))
                .when().post("/api/articles")
                .then().statusCode(202)
                .body("id", equalTo(ArticleIds.of(text)));
    }

    @Test
    void detectsTheCharsetOfABodyWithoutOne() throws Exception {
        String text = Files.readString(Path.of("../seeds/001_7d9b857bafb98f1d.txt"), StandardCharsets.UTF_8);

        given().config(NO_DEFAULT_CHARSET).contentType("text/plain").body(text.getBytes(Charset.forName("GB18030")))
                .when().post("/api/articles")
                .then().statusCode(202)
                .body("id", equalTo(ArticleIds.of(text)));
    }

    @Test
    void answers400ToACharsetIngestDoesNotRead() {
        given().contentType("text/plain; charset=ISO-8859-1").body("news".getBytes(StandardCharsets.ISO_8859_1))
                .when().post("/api/articles")
                .then().statusCode(400)
                .body("error", equalTo("The Content-Type declares the charset 'ISO-8859-1', which ingest does not "
                        + "read. Send the body in UTF-8, UTF-16LE, UTF-16BE, GB18030 (also for GBK and GB2312) and "
                        + "Big5, or leave the charset out to have it detected."));
    }

    @Test
    void publishesTheCleanTextOfAPostedPage() {
        String page = "<html><head><title>标题</title><script>x()</script></head><body><nav>首页</nav>"
                + "<p>第一段。</p><p>第二段。</p><footer>版权</footer></body></html>";

        given().contentType("text/html; charset=UTF-8").body(page.getBytes(StandardCharsets.UTF_8))
                .when().post("/api/articles")
                .then().statusCode(202)
                .body("id", equalTo(ArticleIds.of("第一段。\n第二段。")));
    }

    @Test
    void publishesEveryArticleOfPostedJsonLines() {
        String lines = "{\"text\": \"接口第一篇\"}\n{\"text\": \"接口第二篇\"}\n";

        given().contentType("application/json").body(lines.getBytes(StandardCharsets.UTF_8))
                .when().post("/api/articles")
                .then().statusCode(202)
                .body("id", equalTo(ArticleIds.of("接口第一篇")))
                .body("ids", org.hamcrest.Matchers.contains(ArticleIds.of("接口第一篇"), ArticleIds.of("接口第二篇")));
    }

    @Test
    void answers400ToJsonWhoseTextIsNotAString() {
        given().contentType("application/json").body("{\"text\": 5}")
                .when().post("/api/articles")
                .then().statusCode(400)
                .body("error", startsWith("http-post has a field \"text\" that must be a string, but it is a number (5)."));
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

    @Test
    void answersAlreadyPublishedToATextPostedTwice() {
        String text = "重复提交的文章：" + ArticleResourceTest.class.getName();

        given().contentType("text/plain; charset=UTF-8").body(text.getBytes(StandardCharsets.UTF_8))
                .when().post("/api/articles")
                .then().statusCode(202).body("status", equalTo("published"));
        given().contentType("text/plain; charset=UTF-8").body(text.getBytes(StandardCharsets.UTF_8))
                .when().post("/api/articles")
                .then().statusCode(202)
                .body("id", equalTo(ArticleIds.of(text)))
                .body("status", equalTo("already-published"));

        InMemorySink<RawArticle> sink = connector.sink(ArticlePublisher.CHANNEL);
        assertThat(sink.received().stream().filter(m -> m.getPayload().id().equals(ArticleIds.of(text)))).hasSize(1);
    }

    @Test
    void publishesTheCharsetFormatAndTitleOfAPostedPage() {
        String page = "<html><head><title>接口标题</title></head><body><p>接口网页正文。</p></body></html>";

        given().contentType("text/html; charset=GB18030").body(page.getBytes(Charset.forName("GB18030")))
                .when().post("/api/articles")
                .then().statusCode(202);

        InMemorySink<RawArticle> sink = connector.sink(ArticlePublisher.CHANNEL);
        RawArticle article = sink.received().stream().map(Message::getPayload)
                .filter(a -> a.id().equals(ArticleIds.of("接口网页正文。"))).findFirst().orElseThrow();
        assertThat(article.charset()).isEqualTo("GB18030");
        assertThat(article.format()).isEqualTo("html");
        assertThat(article.title()).isEqualTo("接口标题");
    }

    @Test
    void exposesTheIngestMetricsAfterAPublish() {
        given().contentType("text/plain; charset=UTF-8").body("指标测试文章".getBytes(StandardCharsets.UTF_8))
                .when().post("/api/articles")
                .then().statusCode(202);
        given().contentType("text/plain; charset=UTF-8").body(new byte[0])
                .when().post("/api/articles")
                .then().statusCode(400);

        given().when().get("/q/metrics")
                .then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("newsmonitor_ingest_files_published_total"))
                .body(org.hamcrest.Matchers.containsString("newsmonitor_ingest_files_rejected_total{reason=\"empty\"}"))
                .body(org.hamcrest.Matchers.containsString("newsmonitor_ingest_bytes_total"))
                .body(org.hamcrest.Matchers.containsString("newsmonitor_ingest_duplicates_total"))
                .body(org.hamcrest.Matchers.containsString("newsmonitor_ingest_publish_latency_seconds_count"));
    }

    @Test
    void reportsPublishingReadyWhileTheBrokerAcknowledges() {
        given().when().get("/q/health/ready")
                .then().body("checks.find { it.name == 'ingest-publishing' }.status", equalTo("UP"));
    }
}
