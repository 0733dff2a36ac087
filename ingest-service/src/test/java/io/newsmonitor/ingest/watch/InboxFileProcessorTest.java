package io.newsmonitor.ingest.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsmonitor.events.ArticleIds;
import io.newsmonitor.events.RawArticle;
import io.newsmonitor.ingest.metrics.IngestMetrics;
import io.newsmonitor.ingest.publish.ArticlePublisher;
import io.newsmonitor.ingest.publish.FakeEmitter;
import io.newsmonitor.ingest.publish.FakeEmitter.Answer;
import io.newsmonitor.ingest.publish.PublishException;
import io.newsmonitor.ingest.read.ArticleReader;
import io.newsmonitor.ingest.state.PublishedIds;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InboxFileProcessorTest {

    private static final Path SEED = Path.of("../seeds/001_7d9b857bafb98f1d.txt");

    @TempDir
    Path root;

    private Path inbox;
    private Path processed;
    private Path rejected;
    private final MutableClock clock = new MutableClock(Instant.parse("2025-03-01T08:00:00Z"));
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private PublishedIds publishedIds;

    @BeforeEach
    void createFolders() throws IOException {
        inbox = Files.createDirectories(root.resolve("inbox"));
        processed = Files.createDirectories(root.resolve("processed"));
        rejected = Files.createDirectories(root.resolve("rejected"));
        publishedIds = PublishedIds.open(root.resolve("state"));
    }

    @AfterEach
    void closeState() throws IOException {
        publishedIds.close();
    }

    private InboxFileProcessor processor(FakeEmitter emitter) {
        return new InboxFileProcessor(new ArticleReader(1024 * 1024),
                new ArticlePublisher(emitter, Duration.ofMillis(100)), publishedIds, new IngestMetrics(registry),
                processed, rejected, clock);
    }

    private static RawArticle payload(FakeEmitter emitter) {
        assertThat(emitter.sent()).hasSize(1);
        return emitter.sent().get(0).getPayload();
    }

    @Test
    void publishesAGb18030SeedWithItsCharsetAndFormat() throws Exception {
        Path file = Files.write(inbox.resolve("gb.txt"),
                Files.readString(SEED).getBytes(java.nio.charset.Charset.forName("GB18030")));
        FakeEmitter emitter = new FakeEmitter(Answer.ACK);

        processor(emitter).process(new InboxFile(file, Path.of("gb.txt"), Files.size(file)));

        RawArticle article = payload(emitter);
        assertThat(article.charset()).isEqualTo("GB18030");
        assertThat(article.format()).isEqualTo("text");
        assertThat(article.title()).isNull();
        assertThat(article.publishedAt()).isNull();
        assertThat(article.url()).isNull();
        assertThat(article.source()).isNull();
    }

    @Test
    void publishesTheTitleAndDateOfAnHtmlFile() throws Exception {
        Path file = Files.writeString(inbox.resolve("page.html"), "<html><head><meta charset=\"utf-8\">"
                + "<title>广元召开全会</title>"
                + "<meta property=\"article:published_time\" content=\"2025-02-28T09:00:00+08:00\">"
                + "</head><body><article><p>会议在广元召开。</p></article></body></html>");
        FakeEmitter emitter = new FakeEmitter(Answer.ACK);

        processor(emitter).process(new InboxFile(file, Path.of("page.html"), Files.size(file)));

        RawArticle article = payload(emitter);
        assertThat(article.text()).isEqualTo("会议在广元召开。");
        assertThat(article.title()).isEqualTo("广元召开全会");
        assertThat(article.publishedAt()).isEqualTo("2025-02-28T09:00:00+08:00");
        assertThat(article.format()).isEqualTo("html");
        assertThat(article.charset()).isEqualTo("UTF-8");
    }

    @Test
    void publishesTheUrlAndSourceOfAJsonLinesArticle() throws Exception {
        Path file = Files.writeString(inbox.resolve("feed.jsonl"),
                "{\"text\": \"正文\", \"url\": \"https://example.cn/1\", \"source\": \"新华社\"}\n");
        FakeEmitter emitter = new FakeEmitter(Answer.ACK);

        processor(emitter).process(new InboxFile(file, Path.of("feed.jsonl"), Files.size(file)));

        RawArticle article = payload(emitter);
        assertThat(article.url()).isEqualTo("https://example.cn/1");
        assertThat(article.source()).isEqualTo("新华社");
        assertThat(article.format()).isEqualTo("jsonl");
    }

    @Test
    void movesAnAlreadyPublishedFileWithoutPublishingItAgainAfterARestart() throws Exception {
        processor(new FakeEmitter(Answer.ACK)).process(copySeedAs("first.txt"));
        publishedIds.close();
        publishedIds = PublishedIds.open(root.resolve("state"));
        FakeEmitter emitter = new FakeEmitter(Answer.ACK);

        FileOutcome outcome = processor(emitter).process(copySeedAs("again.txt"));

        assertThat(outcome.alreadyPublished()).isTrue();
        assertThat(outcome.articleId()).isEqualTo(ArticleIds.of(Files.readString(SEED)));
        assertThat(outcome.movedTo()).isEqualTo(processed.resolve("2025-03-01/again.txt"));
        assertThat(inbox.resolve("again.txt")).doesNotExist();
        assertThat(emitter.sent()).isEmpty();
        assertThat(registry.counter(IngestMetrics.DUPLICATES).count()).isEqualTo(1.0);
        assertThat(registry.counter(IngestMetrics.PUBLISHED).count()).isEqualTo(1.0);
    }

    @Test
    void recordsTheIdOnlyAfterTheBrokerAcknowledged() throws Exception {
        InboxFile file = copySeedAs("a.txt");

        assertThatThrownBy(() -> processor(new FakeEmitter(Answer.NACK)).process(file))
                .isInstanceOf(PublishException.class);

        assertThat(publishedIds.contains(ArticleIds.of(Files.readString(SEED)))).isFalse();
    }

    @Test
    void rejectsALinkPointingOutsideTheInboxByMovingTheLinkItself(@TempDir Path elsewhere) throws Exception {
        Path target = Files.writeString(elsewhere.resolve("secret.txt"), "外部文件");
        Path link = Files.createSymbolicLink(inbox.resolve("link.txt"), target);

        FileOutcome outcome = processor(new FakeEmitter(Answer.ACK))
                .rejectLink(new InboxFile(link, Path.of("link.txt"), 0));

        assertThat(outcome.published()).isFalse();
        assertThat(Files.isSymbolicLink(rejected.resolve("link.txt"))).isTrue();
        assertThat(Files.readSymbolicLink(rejected.resolve("link.txt"))).isEqualTo(target);
        assertThat(target).hasContent("外部文件");
        assertThat(Files.exists(link, java.nio.file.LinkOption.NOFOLLOW_LINKS)).isFalse();
        assertThat(rejected.resolve("link.txt.error.txt")).hasContent("The file link.txt was rejected at "
                + "2025-03-01T08:00:00Z (link outside inbox).\n\nlink.txt is a symbolic link that points outside the "
                + "inbox, to " + target + ": ingest does not follow links out of the inbox. Copy the article file "
                + "itself into the inbox instead.\n");
        assertThat(registry.counter(IngestMetrics.REJECTED, "reason", "link_outside_inbox").count()).isEqualTo(1.0);
    }

    private InboxFile copySeedAs(String relative) throws IOException {
        Path file = inbox.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.copy(SEED, file);
        return new InboxFile(file, Path.of(relative), Files.size(file));
    }

    @Test
    void publishesAndThenMovesToTheDateFolder() throws Exception {
        InboxFile file = copySeedAs("四川/广元 报道.txt");
        FakeEmitter emitter = new FakeEmitter(Answer.ACK);

        FileOutcome outcome = processor(emitter).process(file);

        assertThat(outcome.articleId()).isEqualTo(ArticleIds.of(Files.readString(SEED)));
        assertThat(outcome.movedTo()).isEqualTo(processed.resolve("2025-03-01/四川/广元 报道.txt"));
        assertThat(outcome.movedTo()).hasSameBinaryContentAs(SEED);
        assertThat(file.path()).doesNotExist();
        assertThat(emitter.sent()).singleElement().satisfies(message -> {
            assertThat(message.getPayload().fileName()).isEqualTo("四川/广元 报道.txt");
            assertThat(message.getPayload().sizeBytes()).isEqualTo(Files.size(SEED));
            assertThat(message.getPayload().receivedAt()).isEqualTo(Instant.parse("2025-03-01T08:00:00Z"));
        });
    }

    @Test
    void leavesTheFileInTheInboxWhenTheBrokerDoesNotAnswer() throws Exception {
        InboxFile file = copySeedAs("a.txt");

        assertThatThrownBy(() -> processor(new FakeEmitter(Answer.SILENCE)).process(file))
                .isInstanceOf(PublishException.class);

        assertThat(file.path()).hasSameBinaryContentAs(SEED);
        assertThat(processed).isEmptyDirectory();
    }

    @Test
    void rejectsAFileWhoseArticleTheBrokerRefusesForItsSizeInsteadOfRetryingForever() throws Exception {
        InboxFile file = copySeedAs("big.txt");
        String id = ArticleIds.of(Files.readString(SEED));

        FileOutcome outcome = processor(new FakeEmitter(Answer.TOO_LARGE)).process(file);

        assertThat(outcome.kind()).isEqualTo(FileOutcome.Kind.REJECTED);
        assertThat(file.path()).doesNotExist();
        assertThat(rejected.resolve("big.txt")).hasSameBinaryContentAs(SEED);
        assertThat(Files.readString(rejected.resolve("big.txt.error.txt")))
                .startsWith("The file big.txt was rejected at 2025-03-01T08:00:00Z (too large).\n\nbig.txt holds an "
                        + "article (id " + id + ", ")
                .contains("that is too large for Kafka: ");
        assertThat(publishedIds.contains(id)).isFalse();
    }

    @Test
    void neverOverwritesAProcessedFileOfTheSameName() throws Exception {
        Files.createDirectories(processed.resolve("2025-03-01"));
        Files.writeString(processed.resolve("2025-03-01/a.txt"), "earlier article");

        FileOutcome outcome = processor(new FakeEmitter(Answer.ACK)).process(copySeedAs("a.txt"));

        assertThat(outcome.movedTo()).isEqualTo(processed.resolve("2025-03-01/a-1.txt"));
        assertThat(processed.resolve("2025-03-01/a.txt")).hasContent("earlier article");
    }

    @Test
    void rejectsAnEmptyFileWithANoteAndWithoutPublishing() throws Exception {
        Path empty = Files.createFile(inbox.resolve("空 文件.txt"));
        FakeEmitter emitter = new FakeEmitter(Answer.ACK);

        FileOutcome outcome = processor(emitter).process(new InboxFile(empty, Path.of("空 文件.txt"), 0));

        assertThat(outcome.published()).isFalse();
        assertThat(empty).doesNotExist();
        assertThat(rejected.resolve("空 文件.txt")).exists();
        assertThat(rejected.resolve("空 文件.txt.error.txt")).hasContent("""
                The file 空 文件.txt was rejected at 2025-03-01T08:00:00Z (empty).

                空 文件.txt is empty (it contains 0 bytes): there is no article text to publish. \
                Put the article text in it and submit it again.
                """);
        assertThat(emitter.sent()).isEmpty();
    }

    @Test
    void rejectsAShortFileThatIsNeitherUtf8NorDetectable() throws Exception {
        Path latin = Files.write(inbox.resolve("latin.txt"),
                "Café crème".getBytes(java.nio.charset.Charset.forName("windows-1252")));

        processor(new FakeEmitter(Answer.ACK)).process(new InboxFile(latin, Path.of("latin.txt"), 10));

        assertThat(Files.readString(rejected.resolve("latin.txt.error.txt")))
                .contains("latin.txt is not valid UTF-8: the byte 0xE9 at offset 3");
    }

    @Test
    void publishesAShortGbkFileTheDetectorAloneCouldNotPlace() throws Exception {
        Path gbk = Files.write(inbox.resolve("gbk.txt"), "新闻".getBytes(java.nio.charset.Charset.forName("GBK")));
        FakeEmitter emitter = new FakeEmitter(Answer.ACK);

        FileOutcome outcome = processor(emitter).process(new InboxFile(gbk, Path.of("gbk.txt"), 4));

        assertThat(outcome.charset()).isEqualTo("GB18030");
        assertThat(payload(emitter).text()).isEqualTo("新闻");
    }

    @Test
    void publishesAGb18030FileAndReportsItsCharset() throws Exception {
        String text = Files.readString(SEED);
        Path file = Files.write(inbox.resolve("gb.txt"), text.getBytes(java.nio.charset.Charset.forName("GB18030")));
        FakeEmitter emitter = new FakeEmitter(Answer.ACK);

        long size = Files.size(file);

        FileOutcome outcome = processor(emitter).process(new InboxFile(file, Path.of("gb.txt"), size));

        assertThat(outcome.charset()).isEqualTo("GB18030");
        assertThat(outcome.articleIds()).containsExactly(ArticleIds.of(text));
        assertThat(emitter.sent()).singleElement().satisfies(message -> {
            assertThat(message.getPayload().text()).isEqualTo(text);
            assertThat(message.getPayload().sizeBytes()).isEqualTo(size);
        });
    }

    @Test
    void publishesEveryArticleOfAJsonLinesFileOnceAndThenMovesIt() throws Exception {
        Path file = Files.writeString(inbox.resolve("feed.jsonl"),
                "{\"text\": \"第一篇\"}\n{\"text\": \"第二篇\"}\n{\"text\": \"第一篇\"}\n");
        FakeEmitter emitter = new FakeEmitter(Answer.ACK);

        FileOutcome outcome = processor(emitter).process(new InboxFile(file, Path.of("feed.jsonl"), Files.size(file)));

        assertThat(outcome.articleIds()).containsExactly(ArticleIds.of("第一篇"), ArticleIds.of("第二篇"));
        assertThat(emitter.sent()).extracting(message -> message.getPayload().text()).containsExactly("第一篇", "第二篇");
        assertThat(outcome.movedTo()).isEqualTo(processed.resolve("2025-03-01/feed.jsonl"));
    }

    @Test
    void rejectsAJsonLinesFileWithABadLineWithoutPublishingAnyOfIt() throws Exception {
        Path file = Files.writeString(inbox.resolve("feed.jsonl"), "{\"text\": \"第一篇\"}\n{\"text\": 5}\n");
        FakeEmitter emitter = new FakeEmitter(Answer.ACK);

        FileOutcome outcome = processor(emitter).process(new InboxFile(file, Path.of("feed.jsonl"), Files.size(file)));

        assertThat(outcome.published()).isFalse();
        assertThat(outcome.reason()).startsWith("feed.jsonl line 2 has a field \"text\" that must be a string");
        assertThat(emitter.sent()).isEmpty();
        assertThat(Files.readString(rejected.resolve("feed.jsonl.error.txt")))
                .startsWith("The file feed.jsonl was rejected at 2025-03-01T08:00:00Z (invalid content).");
    }

    @Test
    void rejectsAnImageAsBinary() throws Exception {
        Path file = Files.write(inbox.resolve("photo.txt"),
                new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'});

        FileOutcome outcome = processor(new FakeEmitter(Answer.ACK))
                .process(new InboxFile(file, Path.of("photo.txt"), Files.size(file)));

        assertThat(outcome.reason()).startsWith("photo.txt is a binary file, not text: it has a NUL byte at offset 8.");
        assertThat(rejected.resolve("photo.txt")).exists();
    }

    @Test
    void movesEachFileInFlightOnlyAfterItsOwnAcknowledgement() throws Exception {
        Path first = Files.writeString(inbox.resolve("first.txt"), "四川省广元市召开全会，部署今年的重点工作。");
        Path second = Files.writeString(inbox.resolve("second.txt"), "成都市发布新规，支持中小企业发展。");
        FakeEmitter emitter = new FakeEmitter(Answer.SILENCE);
        InboxFileProcessor processor = processor(emitter);

        PendingFile firstPending = processor.start(inInbox(first));
        PendingFile secondPending = processor.start(inInbox(second));
        // Both are on their way before either is acknowledged; only the second one is, and only it moves.
        assertThat(emitter.sent()).hasSize(2);
        emitter.sent().get(1).ack();
        FileOutcome secondOutcome = processor.finish(secondPending);

        assertThat(secondOutcome.movedTo()).isEqualTo(processed.resolve("2025-03-01/second.txt"));
        assertThat(second).doesNotExist();
        assertThat(first).exists();
        assertThatThrownBy(() -> processor.finish(firstPending)).isInstanceOf(PublishException.class);
        assertThat(first).exists();
        assertThat(publishedIds.contains(ArticleIds.of("四川省广元市召开全会，部署今年的重点工作。"))).isFalse();

        // The late acknowledgement of the first send is collected by the retry, which sends nothing again.
        emitter.sent().get(0).ack();
        FileOutcome firstOutcome = processor.process(inInbox(first));
        assertThat(firstOutcome.movedTo()).isEqualTo(processed.resolve("2025-03-01/first.txt"));
        assertThat(emitter.sent()).hasSize(2);
    }

    @Test
    void sendsTheSameTextOfTwoFilesInFlightTogetherOnce() throws Exception {
        String text = "四川省广元市召开全会，部署今年的重点工作。";
        Path first = Files.writeString(inbox.resolve("first.txt"), text);
        Path copy = Files.writeString(inbox.resolve("copy.txt"), text);
        FakeEmitter emitter = new FakeEmitter(Answer.SILENCE);
        InboxFileProcessor processor = processor(emitter);

        PendingFile firstPending = processor.start(inInbox(first));
        PendingFile copyPending = processor.start(inInbox(copy));
        assertThat(emitter.sent()).hasSize(1);
        emitter.sent().get(0).ack();

        assertThat(processor.finish(firstPending).articleId()).isEqualTo(ArticleIds.of(text));
        assertThat(processor.finish(copyPending).movedTo()).isEqualTo(processed.resolve("2025-03-01/copy.txt"));
        assertThat(emitter.sent()).hasSize(1);
        assertThat(inbox).isEmptyDirectory();
    }

    private static InboxFile inInbox(Path file) throws IOException {
        return new InboxFile(file, file.getFileName(), Files.size(file));
    }
}
