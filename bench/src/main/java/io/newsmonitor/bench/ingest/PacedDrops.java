package io.newsmonitor.bench.ingest;

import io.newsmonitor.bench.FixedRate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Drops staged files into the inbox the way the README asks writers to: each is written beforehand in a staging
 * folder on the same file system and renamed into the inbox in one atomic step, at a fixed rate or all at once.
 */
public final class PacedDrops {

    private PacedDrops() {
    }

    /**
     * Moves every staged file into {@code inbox}, file {@code i} at {@code i / perSecond} seconds after the start
     * (all at once when {@code perSecond} is 0).
     *
     * @param justWritten true to set each file's modification time to the moment of its move, as for a writer that
     *     renames the file as soon as it has written it; false leaves the time of staging, seconds or minutes before
     *
     * @return file name → wall-clock time of its rename into the inbox, in epoch milliseconds
     */
    public static Map<String, Long> drop(List<Path> staged, Path inbox, double perSecond, boolean justWritten)
            throws IOException {
        Map<String, Long> dropped = new LinkedHashMap<>();
        FixedRate pace = new FixedRate(perSecond);
        for (int i = 0; i < staged.size(); i++) {
            pace.awaitTurn(i);
            Path file = staged.get(i);
            if (justWritten) {
                Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis()));
            }
            Files.move(file, inbox.resolve(file.getFileName()), StandardCopyOption.ATOMIC_MOVE);
            dropped.put(file.getFileName().toString(), System.currentTimeMillis());
        }
        return dropped;
    }

    /** Drop → append latencies in milliseconds of the files found in both maps; the others are counted by the caller. */
    public static long[] latencies(Map<String, Long> dropped, Map<String, Long> appended) {
        return dropped.entrySet().stream().filter(e -> appended.containsKey(e.getKey()))
                .mapToLong(e -> appended.get(e.getKey()) - e.getValue()).toArray();
    }
}
