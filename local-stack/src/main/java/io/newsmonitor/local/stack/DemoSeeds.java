package io.newsmonitor.local.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/** Copies the sample articles into a fresh inbox once, so a new dashboard is never empty. */
final class DemoSeeds {

    private static final String MARKER = ".demo-seeded";

    private DemoSeeds() {
    }

    /**
     * Copies every visible regular file of {@code seedsDir} into {@code inbox} unless this data folder was
     * seeded before. Each file is written under a hidden name and renamed into place, so the watcher never
     * sees half a file. Returns the number of files copied.
     */
    static int seedOnce(Path seedsDir, Path inbox, Path dataDir) {
        Path marker = dataDir.resolve(MARKER);
        if (seedsDir == null || !Files.isDirectory(seedsDir) || Files.exists(marker)) {
            return 0;
        }
        try {
            Files.createDirectories(inbox);
            List<Path> seeds;
            try (Stream<Path> files = Files.list(seedsDir)) {
                seeds = files.filter(Files::isRegularFile)
                        .filter(f -> !f.getFileName().toString().startsWith("."))
                        .sorted()
                        .toList();
            }
            for (Path seed : seeds) {
                String name = seed.getFileName().toString();
                Path hidden = inbox.resolve("." + name + ".copying");
                Files.copy(seed, hidden, StandardCopyOption.REPLACE_EXISTING);
                Files.move(hidden, inbox.resolve(name), StandardCopyOption.ATOMIC_MOVE);
            }
            Files.writeString(marker, "Demo articles from " + seedsDir.toAbsolutePath() + " were copied once.\n");
            return seeds.size();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not copy the demo articles from " + seedsDir + " into " + inbox, e);
        }
    }
}
