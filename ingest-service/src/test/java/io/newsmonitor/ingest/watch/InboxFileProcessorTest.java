package io.newsmonitor.ingest.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsmonitor.events.ArticleIds;
import io.newsmonitor.ingest.publish.ArticlePublisher;
import io.newsmonitor.ingest.publish.FakeEmitter;
import io.newsmonitor.ingest.publish.FakeEmitter.Answer;
import io.newsmonitor.ingest.publish.PublishException;
import io.newsmonitor.ingest.read.ArticleReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
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

    @BeforeEach
    void createFolders() throws IOException {
        inbox = Files.createDirectories(root.resolve("inbox"));
        processed = Files.createDirectories(root.resolve("processed"));
        rejected = Files.createDirectories(root.resolve("rejected"));
    }

    private InboxFileProcessor processor(FakeEmitter emitter) {
        return new InboxFileProcessor(new ArticleReader(1024 * 1024),
                new ArticlePublisher(emitter, Duration.ofMillis(100)), processed, rejected, clock);
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
        Path gbk = Files.write(inbox.resolve("gbk.txt"), "新闻".getBytes(java.nio.charset.Charset.forName("GBK")));

        processor(new FakeEmitter(Answer.ACK)).process(new InboxFile(gbk, Path.of("gbk.txt"), 4));

        assertThat(Files.readString(rejected.resolve("gbk.txt.error.txt")))
                .contains("gbk.txt is not valid UTF-8: the byte 0xD0 at offset 0");
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
}
