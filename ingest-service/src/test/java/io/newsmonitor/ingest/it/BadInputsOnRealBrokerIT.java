package io.newsmonitor.ingest.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsmonitor.ingest.config.IngestConfig;
import io.newsmonitor.ingest.it.RawTopicReader.RawValue;
import io.newsmonitor.local.kafka.LocalKafkaBroker;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The bad-input corpus ({@code src/test/resources/bad-inputs}, plus the large, deep, linked, oddly named and growing
 * inputs made here) dropped into the inbox of the running service on a real broker. Each input has one exact
 * outcome: published with the expected text, or moved to {@code rejected/} next to a note naming the problem; one
 * dot-file is left alone as a writer's temporary. Nothing is published twice, nothing escapes the inbox, nothing is
 * lost: every input is accounted for.
 */
@QuarkusTest
@WithTestResource(BadInputsOnRealBrokerIT.SlowWriterSafeBroker.class)
class BadInputsOnRealBrokerIT {

    private static final Duration MAX_WAIT = Duration.ofSeconds(120);
    private static final Path CORPUS = Path.of("src/test/resources/bad-inputs");
    // The corpus was made from the paragraphs of the first seed; the second gives the other inputs more text.
    private static final List<Path> SEEDS = List.of(Path.of("../seeds/000_5491ee7717dd1de5.txt"),
            Path.of("../seeds/002_4cf52e65458ed11e.txt"));
    private static final int DEPTH = 60;
    private static final String DEEP = Stream.iterate(1, i -> i + 1).limit(DEPTH)
            .map(i -> String.format("level-%02d", i)).collect(Collectors.joining("/"));

    /**
     * The real broker, with a settle time of 2 s: the growing file below is written every 100 ms, and a writer that
     * pauses longer than the settle time is indistinguishable from one that finished.
     */
    public static final class SlowWriterSafeBroker implements QuarkusTestResourceLifecycleManager {

        private final RealKafkaResource broker = new RealKafkaResource();

        @Override
        public Map<String, String> start() {
            Map<String, String> properties = new HashMap<>(broker.start());
            properties.put("ingest.settle-time", "2s");
            return properties;
        }

        @Override
        public void inject(TestInjector testInjector) {
            broker.inject(testInjector);
        }

        @Override
        public void stop() {
            broker.stop();
        }
    }

    @InjectKafkaBroker
    LocalKafkaBroker broker;

    @Inject
    IngestConfig config;

    @Test
    void givesEveryBadInputItsOwnOutcomeAndLosesNothing() throws Exception {
        List<String> paragraphs = new ArrayList<>();
        for (Path seed : SEEDS) {
            Files.readString(seed, StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(line -> line.length() > 40).forEach(paragraphs::add);
        }
        Path inbox = config.inboxDir();
        Path outside = config.stateDir().resolveSibling("outside");
        Files.createDirectories(outside.resolve("folder"));
        Path outsideFile = Files.writeString(outside.resolve("secret.txt"), paragraphs.get(5));
        Files.writeString(outside.resolve("folder/inner.txt"), paragraphs.get(6));

        // Published: the file name below the inbox and the exact text of its article.
        Map<String, String> published = new LinkedHashMap<>();
        published.put("zero-width.txt", paragraphs.get(0));
        published.put("right-to-left.txt", paragraphs.get(1));
        published.put("scripted.html", paragraphs.get(2) + "\n" + paragraphs.get(3));
        // Rejected: the file name and the reason its note must name, with a phrase of the explanation.
        Map<String, String> rejected = new LinkedHashMap<>();
        rejected.put("photo.png", "(unsupported format).\n\nphoto.png has the extension '.png'");
        rejected.put("photo-saved-as.txt", "(binary).\n\nphoto-saved-as.txt is a binary file, not text: it has a NUL "
                + "byte at offset 8.");
        rejected.put("archive-saved-as.txt", "(binary).\n\narchive-saved-as.txt is a binary file, not text");
        rejected.put("empty.txt", "(empty).\n\nempty.txt is empty (it contains 0 bytes)");
        rejected.put("only-invisible.txt", "(empty).\n\nonly-invisible.txt is empty (its text is only invisible "
                + "characters");
        rejected.put("truncated-at-end.txt", "(undecodable).\n\ntruncated-at-end.txt ends in the middle of a character");
        rejected.put("truncated-in-middle.txt", "(undecodable).\n\ntruncated-in-middle.txt has a damaged character "
                + "at offset 6");
        rejected.put("mixed-utf8-and-gbk.txt", "(undecodable).\n\nmixed-utf8-and-gbk.txt mixes encodings");
        rejected.put("title-is-a-number.json", "(invalid content).\n\ntitle-is-a-number.json has a field \"title\" "
                + "that must be a string, but it is a number (2025)");
        rejected.put("text-is-an-array.json", "(invalid content).\n\ntext-is-an-array.json has a field \"text\" that "
                + "must be a string, but it is an array");
        rejected.put("text-is-an-object.json", "(invalid content).\n\ntext-is-an-object.json has a field \"text\" that "
                + "must be a string, but it is an object");
        rejected.put("text-is-missing.json", "(invalid content).\n\ntext-is-missing.json has no field \"text\"");
        rejected.put("nested-articles.json", "(invalid content).\n\nnested-articles.json has no field \"text\"");
        rejected.put("one-bad-line.jsonl", "(invalid content).\n\none-bad-line.jsonl line 2 has a field \"text\" that "
                + "must be a string, but it is a number (42)");
        List<Path> corpus;
        try (Stream<Path> files = Files.list(CORPUS)) {
            corpus = files.filter(p -> !p.getFileName().toString().equals("README.md")).toList();
        }
        for (Path file : corpus) {
            Files.copy(file, inbox.resolve(file.getFileName()));
        }
        // Every corpus file has an expected outcome.
        assertThat(corpus.stream().map(p -> p.getFileName().toString()).filter(name -> !published.containsKey(name)))
                .containsExactlyInAnyOrderElementsOf(rejected.keySet());

        CompletableFuture<String> growing = CompletableFuture.supplyAsync(() -> writeSlowly(inbox.resolve("growing.txt"),
                paragraphs));
        String singleLine = String.join("", paragraphs).repeat(1 + 5 * 1024 * 1024
                / String.join("", paragraphs).getBytes(StandardCharsets.UTF_8).length);
        Files.writeString(inbox.resolve("single-line-5mb.txt"), singleLine, StandardCharsets.UTF_8);
        published.put("single-line-5mb.txt", singleLine);
        Files.writeString(inbox.resolve("random-han-3mb.txt"), randomHan(1024 * 1024), StandardCharsets.UTF_8);
        rejected.put("random-han-3mb.txt", "(too large).\n\nrandom-han-3mb.txt holds an article (id ");

        Files.createDirectories(inbox.resolve(DEEP));
        Files.writeString(inbox.resolve(DEEP + "/deep.txt"), paragraphs.get(4));
        published.put(DEEP + "/deep.txt", paragraphs.get(4));
        Files.createFile(inbox.resolve(DEEP + "/deep-empty.txt"));
        rejected.put(DEEP + "/deep-empty.txt", "(empty).\n\n" + DEEP + "/deep-empty.txt is empty (it contains 0 bytes)");

        // Names that look like paths are only names: one level, inside processed/ like any other.
        Files.writeString(inbox.resolve("report..\\..\\escape.txt"), paragraphs.get(7));
        published.put("report..\\..\\escape.txt", paragraphs.get(7));
        Files.writeString(inbox.resolve("C:\\Windows\\evil.txt"), paragraphs.get(8));
        published.put("C:\\Windows\\evil.txt", paragraphs.get(8));
        // A name starting with a dot is a writer's temporary: never read, left where it is.
        Path dotted = Files.writeString(inbox.resolve("..\\..\\dotted.txt"), paragraphs.get(9));

        Files.createSymbolicLink(inbox.resolve("absolute-link.txt"), outsideFile);
        Files.createSymbolicLink(inbox.resolve("relative-link.txt"), Path.of("../outside/secret.txt"));
        Files.createSymbolicLink(inbox.resolve("linked-folder"), outside.resolve("folder"));
        for (String link : List.of("absolute-link.txt", "relative-link.txt", "linked-folder")) {
            rejected.put(link, "(link outside inbox).\n\n" + link + " is a symbolic link that points outside the inbox");
        }
        published.put("growing.txt", growing.get());
        // The corpus, then growing, single-line, random, deep (2), path-like names (2), dot-file and links (3).
        int inputs = corpus.size() + 11;

        Path processed = config.processedDir().resolve(LocalDate.now().toString());
        await().atMost(MAX_WAIT).untilAsserted(() -> {
            published.keySet().forEach(name -> assertThat(processed.resolve(name)).exists());
            rejected.keySet().forEach(name -> assertThat(note(name)).exists());
        });

        List<RawValue> topic = RawTopicReader.readValues(broker.bootstrapServers());
        for (Map.Entry<String, String> input : published.entrySet()) {
            assertThat(topic.stream().filter(r -> input.getKey().equals(r.value().path("fileName").asText())).toList())
                    .as(input.getKey()).singleElement()
                    .satisfies(r -> assertThat(r.value().path("text").asText()).isEqualTo(input.getValue()));
            assertThat(Files.isSymbolicLink(inbox.resolve(input.getKey())) || Files.exists(inbox.resolve(input.getKey())))
                    .as(input.getKey()).isFalse();
        }
        for (Map.Entry<String, String> input : rejected.entrySet()) {
            assertThat(Files.readString(note(input.getKey())))
                    .as(input.getKey()).startsWith("The file " + input.getKey() + " was rejected at ")
                    .contains(input.getValue());
            assertThat(Files.exists(config.rejectedDir().resolve(input.getKey()), LinkOption.NOFOLLOW_LINKS))
                    .as(input.getKey()).isTrue();
        }
        assertThat(topic.stream().map(r -> r.value().path("fileName").asText()))
                .doesNotContainAnyElementsOf(rejected.keySet()).doesNotContain(dotted.getFileName().toString());

        // Names that look like paths stayed one name, directly in the day folder.
        assertThat(processed.resolve("report..\\..\\escape.txt").getParent()).isEqualTo(processed);
        assertThat(processed.resolve("C:\\Windows\\evil.txt")).hasContent(paragraphs.get(8));
        // Nothing escaped: the link targets are untouched, nothing new appeared next to the service's folders.
        assertThat(outsideFile).hasContent(paragraphs.get(5));
        assertThat(outside.resolve("folder/inner.txt")).hasContent(paragraphs.get(6));
        try (Stream<Path> root = Files.list(config.inboxDir().getParent())) {
            assertThat(root.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("inbox", "processed", "rejected", "state", "kafka", "outside");
        }
        // Nothing lost: every input is published, rejected, or (the dot-file) still in the inbox.
        assertThat(dotted).hasContent(paragraphs.get(9));
        List<String> processedFiles = regularFilesAndLinks(config.processedDir());
        List<String> rejectedFiles = regularFilesAndLinks(config.rejectedDir()).stream()
                .filter(p -> !p.endsWith(".error.txt")).toList();
        List<String> leftInInbox = regularFilesAndLinks(inbox);
        assertThat(processedFiles).hasSize(published.size());
        assertThat(rejectedFiles).hasSize(rejected.size());
        assertThat(leftInInbox).containsExactly(dotted.getFileName().toString());
        assertThat(processedFiles.size() + rejectedFiles.size() + leftInInbox.size()).isEqualTo(inputs);
    }

    private Path note(String name) {
        return config.rejectedDir().resolve(name + ".error.txt");
    }

    // Appends one line every 100 ms for 3 s, like a slow download; returns everything written.
    private static String writeSlowly(Path file, List<String> paragraphs) {
        StringBuilder all = new StringBuilder();
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < 30; i++) {
                String line = paragraphs.get(i % paragraphs.size()) + "（第" + (i + 1) + "行）\n";
                out.write(line);
                out.flush();
                all.append(line);
                Thread.sleep(100);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return all.toString();
    }

    // Han characters drawn at random from the common block: text gzip cannot shrink below the broker's 1 MB limit.
    private static String randomHan(int characters) {
        Random random = new Random(7);
        StringBuilder text = new StringBuilder(characters + characters / 40);
        for (int i = 1; i <= characters; i++) {
            text.append((char) (0x4E00 + random.nextInt(0x9FA5 - 0x4E00)));
            if (i % 40 == 0) {
                text.append('\n');
            }
        }
        return text.toString();
    }

    private static List<String> regularFilesAndLinks(Path root) throws IOException {
        List<String> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
                    .forEach(p -> files.add(root.relativize(p).toString()));
        }
        return files;
    }
}
