package io.newsmonitor.ingest.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsmonitor.events.ArticleIds;
import io.newsmonitor.ingest.config.IngestConfig;
import io.newsmonitor.ingest.it.RawTopicReader.RawValue;
import io.newsmonitor.local.kafka.LocalKafkaBroker;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every format, encoding and rejection reason through the inbox of the running service on a real broker: what
 * can be published is read back from {@code articles.raw} with its charset and format, what cannot ends in
 * {@code rejected/} next to a note naming the reason, and nothing of it reaches the topic.
 */
@QuarkusTest
@WithTestResource(RealKafkaResource.class)
class IngestInputsOnRealBrokerIT {

    private static final Duration MAX_WAIT = Duration.ofSeconds(90);
    private static final Charset GBK = Charset.forName("GBK");
    private static final Charset BIG5 = Charset.forName("Big5");
    private static final ObjectMapper JSON = new ObjectMapper();

    @InjectKafkaBroker
    LocalKafkaBroker broker;

    @Inject
    IngestConfig config;

    /** A published input: the file name, the text of its (first) article, its charset and format in the event. */
    private record Published(String name, String text, String charset, String format) {
    }

    @Test
    void publishesEveryFormatAndEncodingOnceAndRejectsEveryBadInputWithItsReason() throws Exception {
        List<String> simplified = paragraphs("../seeds/000_5491ee7717dd1de5.txt");
        // The Traditional seed annotates names with tone-marked pinyin, which Big5 cannot encode: drop it.
        String traditional = paragraphs("../seeds/004_f1aac2ba4ab8f433.txt").stream()
                .map(p -> p.replaceAll("\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\\)", ""))
                .filter(p -> p.length() > 40 && BIG5.newEncoder().canEncode(p)).findFirst().orElseThrow();
        String[] lines = {simplified.get(5), simplified.get(6)};
        List<Published> published = List.of(
                new Published("带 BOM.txt", simplified.get(0), "UTF-8", "text"),
                new Published("notes.md", simplified.get(1), "UTF-8", "text"),
                new Published("page.html", simplified.get(2), "GB18030", "html"),
                new Published("feed.json", simplified.get(3), "UTF-8", "json"),
                new Published("feed.jsonl", lines[0], "UTF-8", "jsonl"),
                new Published("windows.txt", simplified.get(4), "UTF-16LE", "text"),
                new Published("台灣.txt", traditional, "Big5", "text"),
                new Published("caption.txt", "區(qū)委書記王志杰講話", "GB18030", "text"));
        drop("带 BOM.txt", ("\uFEFF" + simplified.get(0)).getBytes(StandardCharsets.UTF_8));
        drop("notes.md", simplified.get(1).getBytes(StandardCharsets.UTF_8));
        drop("page.html", ("<html><head><meta charset=\"gbk\"><title>全会</title><script>var x = 1;</script></head>"
                + "<body><nav>首页 要闻</nav><article><p>" + simplified.get(2) + "</p></article></body></html>")
                .getBytes(GBK));
        drop("feed.json", JSON.writeValueAsBytes(Map.of("text", simplified.get(3), "title", "全会")));
        drop("feed.jsonl", (JSON.writeValueAsString(Map.of("text", lines[0])) + "\n"
                + JSON.writeValueAsString(Map.of("text", lines[1])) + "\n").getBytes(StandardCharsets.UTF_8));
        drop("windows.txt", ("\uFEFF" + simplified.get(4)).getBytes(StandardCharsets.UTF_16LE));
        drop("台灣.txt", traditional.getBytes(BIG5));
        drop("caption.txt", "區(qū)委書記王志杰講話".getBytes(GBK));

        Map<String, String> rejectedReasons = Map.of(
                "empty.txt", "(empty)",
                "huge.txt", "(too large)",
                "latin.txt", "(undecodable)",
                "scan.txt", "(binary)",
                "report.pdf", "(unsupported format)",
                "bad.json", "(invalid content)",
                "link.txt", "(link outside inbox)");
        drop("empty.txt", new byte[0]);
        dropLarge("huge.txt", config.maxFileSizeBytes() + 1);
        drop("latin.txt", "Café crème brûlée".getBytes(Charset.forName("windows-1252")));
        drop("scan.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        drop("report.pdf", simplified.get(7).getBytes(StandardCharsets.UTF_8));
        drop("bad.json", "{\"text\": 5}".getBytes(StandardCharsets.UTF_8));
        Path outside = Files.writeString(config.stateDir().resolveSibling("outside.txt"), simplified.get(8));
        Files.createSymbolicLink(config.inboxDir().resolve("link.txt"), outside);

        Path processed = config.processedDir().resolve(LocalDate.now().toString());
        await().atMost(MAX_WAIT).untilAsserted(() -> {
            published.forEach(p -> assertThat(processed.resolve(p.name())).exists());
            rejectedReasons.keySet().forEach(name -> assertThat(config.rejectedDir().resolve(name)).exists());
        });

        for (Map.Entry<String, String> rejected : rejectedReasons.entrySet()) {
            assertThat(config.inboxDir().resolve(rejected.getKey())).doesNotExist();
            assertThat(Files.readString(config.rejectedDir().resolve(rejected.getKey() + ".error.txt")))
                    .startsWith("The file " + rejected.getKey() + " was rejected at ")
                    .contains(rejected.getValue());
        }
        assertThat(outside).hasContent(simplified.get(8));

        List<RawValue> topic = RawTopicReader.readValues(broker.bootstrapServers());
        for (Published input : published) {
            String id = ArticleIds.of(input.text());
            assertThat(topic.stream().filter(r -> id.equals(r.key())).map(RawValue::value).toList())
                    .as(input.name()).singleElement().satisfies(value -> {
                        assertThat(value.path("text").asText()).isEqualTo(input.text());
                        assertThat(value.path("fileName").asText()).isEqualTo(input.name());
                        assertThat(value.path("charset").asText()).isEqualTo(input.charset());
                        assertThat(value.path("format").asText()).isEqualTo(input.format());
                    });
        }
        String secondLine = ArticleIds.of(lines[1]);
        assertThat(topic.stream().filter(r -> secondLine.equals(r.key()))).hasSize(1);
        List<String> rejectedNames = List.copyOf(rejectedReasons.keySet());
        assertThat(topic.stream().map(RawValue::value).map(v -> v.path("fileName").asText()))
                .doesNotContainAnyElementsOf(rejectedNames);
    }

    @Test
    void aFileStillBeingWrittenIsLeftAloneAndPublishedWholeOnceRenamed() throws Exception {
        List<String> paragraphs = paragraphs("../seeds/002_4cf52e65458ed11e.txt");
        String whole = paragraphs.get(0) + "\n" + paragraphs.get(1) + "\n";
        Path part = config.inboxDir().resolve("copying.txt.part");
        Files.writeString(part, paragraphs.get(0) + "\n", StandardCharsets.UTF_8);

        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(3))
                .untilAsserted(() -> assertThat(part).exists());
        assertThat(RawTopicReader.recordsWithKey(broker.bootstrapServers(), ArticleIds.of(paragraphs.get(0) + "\n")))
                .isEmpty();
        Files.writeString(part, paragraphs.get(1) + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        Files.move(part, config.inboxDir().resolve("copying.txt"));

        Path processed = config.processedDir().resolve(LocalDate.now().toString()).resolve("copying.txt");
        await().atMost(MAX_WAIT).untilAsserted(() -> assertThat(processed).exists());
        String id = ArticleIds.of(whole);
        assertThat(RawTopicReader.recordsWithKey(broker.bootstrapServers(), id))
                .containsExactly(new RawTopicReader.RawRecord(id, id, "copying.txt"));
    }

    private static List<String> paragraphs(String seed) throws IOException {
        return Arrays.stream(Files.readString(Path.of(seed), StandardCharsets.UTF_8).split("\n"))
                .map(String::strip).filter(line -> line.length() > 20).toList();
    }

    /** Writes under a temporary name, then renames into place, as the README advises. */
    private void drop(String name, byte[] bytes) throws IOException {
        Path part = Files.write(config.inboxDir().resolve(name + ".part"), bytes);
        Files.move(part, config.inboxDir().resolve(name));
    }

    private void dropLarge(String name, long size) throws IOException {
        Path part = config.inboxDir().resolve(name + ".part");
        byte[] block = "新闻".repeat(8192).getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(part)) {
            for (long written = 0; written < size; written += block.length) {
                out.write(block);
            }
        }
        Files.move(part, config.inboxDir().resolve(name));
    }
}
