package io.newsmonitor.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Small, real-looking, all-different articles for the ingest benchmark: each one recombines four paragraphs of
 * the seed articles and ends with its own number, so that no two share a text (and so an id).
 */
final class IngestSampleArticles {

    private static final int PARAGRAPHS_PER_ARTICLE = 4;

    private final List<String> paragraphs;

    private IngestSampleArticles(List<String> paragraphs) {
        this.paragraphs = paragraphs;
    }

    /** Reads the paragraphs (non-blank lines) of every {@code .txt} seed in {@code seedsDir}. */
    static IngestSampleArticles fromSeeds(Path seedsDir) throws IOException {
        List<String> paragraphs = new ArrayList<>();
        try (Stream<Path> seeds = Files.list(seedsDir)) {
            for (Path seed : seeds.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                Files.readAllLines(seed, StandardCharsets.UTF_8).stream().map(String::strip)
                        .filter(line -> !line.isEmpty()).forEach(paragraphs::add);
            }
        }
        if (paragraphs.size() < PARAGRAPHS_PER_ARTICLE) {
            throw new IllegalStateException("Found only " + paragraphs.size() + " paragraphs in the seeds of "
                    + seedsDir.toAbsolutePath() + ": run the benchmark from the repository root, next to seeds/.");
        }
        return new IngestSampleArticles(List.copyOf(paragraphs));
    }

    /** The text of article number {@code n}; a different text for every {@code n}. */
    String article(int n) {
        StringBuilder text = new StringBuilder();
        for (int k = 0; k < PARAGRAPHS_PER_ARTICLE; k++) {
            // Strides coprime with most paragraph counts spread the combinations over the whole pool.
            text.append(paragraphs.get(Math.floorMod(n * 7 + k * 13, paragraphs.size()))).append('\n');
        }
        return text.append("（本文为第 ").append(n).append(" 篇）\n").toString();
    }

    /** Writes articles 1 to {@code count} as UTF-8 files {@code article-00001.txt} … into {@code dir}. */
    List<Path> write(Path dir, int count) throws IOException {
        Files.createDirectories(dir);
        List<Path> files = new ArrayList<>(count);
        for (int n = 1; n <= count; n++) {
            files.add(Files.writeString(dir.resolve(String.format("article-%05d.txt", n)), article(n),
                    StandardCharsets.UTF_8));
        }
        return files;
    }
}
