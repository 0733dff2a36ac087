package io.newsmonitor.local.samples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Real-looking articles for load and fault tests: paragraphs of the seeds recombined, each article
 * made unique by a numbered closing sentence, so every one has its own content-hash id. Used by the
 * fault tests and the benchmarks.
 */
public final class SampleArticles {

    private final List<String> paragraphs;

    private SampleArticles(List<String> paragraphs) {
        this.paragraphs = paragraphs;
    }

    /** Paragraphs of at least 40 characters from the seed files in {@code seedsDir}. */
    public static SampleArticles fromSeeds(Path seedsDir) {
        List<String> paragraphs = new ArrayList<>();
        try (Stream<Path> seeds = Files.list(seedsDir)) {
            for (Path seed : seeds.sorted().toList()) {
                for (String line : Files.readAllLines(seed, StandardCharsets.UTF_8)) {
                    String paragraph = line.strip();
                    if (paragraph.length() >= 40) {
                        paragraphs.add(paragraph);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the seeds in " + seedsDir, e);
        }
        if (paragraphs.size() < 10) {
            throw new IllegalStateException("Too few paragraphs in " + seedsDir + ": " + paragraphs.size());
        }
        return new SampleArticles(paragraphs);
    }

    /** Article number {@code n} of a run labelled {@code run}: three paragraphs and a unique last line. */
    public String article(String run, int n) {
        int size = paragraphs.size();
        return paragraphs.get(n % size) + "\n" + paragraphs.get((n * 7 + 3) % size) + "\n"
                + paragraphs.get((n * 13 + 5) % size) + "\n" + "（" + run + "第" + n + "号稿件）";
    }
}
