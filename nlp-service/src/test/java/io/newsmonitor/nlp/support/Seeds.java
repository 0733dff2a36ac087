package io.newsmonitor.nlp.support;

import io.newsmonitor.events.RawArticle;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

/** The real articles in the repository's {@code seeds/} folder; Maven runs tests in the module folder. */
public final class Seeds {

    public static final Path FOLDER = Path.of("..", "seeds");

    /** A fixed receive time, so that tests compare exact values. */
    public static final Instant RECEIVED_AT = Instant.parse("2024-10-18T08:00:00Z");

    private Seeds() {
    }

    /** The seed whose file name starts with the prefix, e.g. {@code "001"}. */
    public static Path file(String prefix) {
        return names().stream()
                .filter(name -> name.startsWith(prefix + "_"))
                .map(FOLDER::resolve)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "No seed starting with " + prefix + "_ in " + FOLDER.toAbsolutePath()));
    }

    public static String text(String prefix) {
        try {
            return Files.readString(file(prefix), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read seed " + prefix, e);
        }
    }

    public static RawArticle raw(String prefix) {
        String text = text(prefix);
        return RawArticle.of(file(prefix).getFileName().toString(),
                text.getBytes(StandardCharsets.UTF_8).length, RECEIVED_AT, text);
    }

    /** File names of all seeds, sorted. */
    public static List<String> names() {
        try (Stream<Path> files = Files.list(FOLDER)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the seeds in " + FOLDER.toAbsolutePath()
                    + "; run the tests from the nlp-service folder (Maven does)", e);
        }
    }
}
