package io.newsmonitor.e2e;

import io.newsmonitor.events.ArticleIds;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/** Drops files into the ingest inbox the way a user's copy would end: written aside, then moved in at once. */
final class Inbox {

    private Inbox() {
    }

    /** Copies {@code file} into {@code inbox} under its own name. */
    static void drop(Path inbox, Path file) throws IOException {
        Path hidden = inbox.resolve("." + file.getFileName() + ".part");
        Files.copy(file, hidden, StandardCopyOption.REPLACE_EXISTING);
        Files.move(hidden, inbox.resolve(file.getFileName()), StandardCopyOption.ATOMIC_MOVE);
    }

    /** Writes {@code text} as UTF-8 into {@code inbox} under {@code name}; returns the id the article will get. */
    static String dropText(Path inbox, String name, String text) throws IOException {
        Path hidden = inbox.resolve("." + name + ".part");
        Files.writeString(hidden, text, StandardCharsets.UTF_8);
        Files.move(hidden, inbox.resolve(name), StandardCopyOption.ATOMIC_MOVE);
        return ArticleIds.of(text);
    }

    /** The ids of the seed files, by their three-digit prefix ("001" -> id), in file name order. */
    static Map<String, String> seedIds(Path seeds) throws IOException {
        Map<String, String> ids = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(seeds)) {
            for (Path seed : files.sorted().toList()) {
                ids.put(seed.getFileName().toString().substring(0, 3),
                        ArticleIds.of(Files.readString(seed, StandardCharsets.UTF_8)));
            }
        }
        return ids;
    }
}
