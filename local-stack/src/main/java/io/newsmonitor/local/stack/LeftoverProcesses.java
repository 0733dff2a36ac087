package io.newsmonitor.local.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The child processes a stack started, written down in its data folder so that a later start can stop
 * the ones an earlier launcher left behind (the launcher was killed with SIGKILL, or the machine's
 * session ended, and its shutdown hook never ran). Each line holds a pid, the process's start time and
 * a name; a pid is only stopped when its start time still matches, so a reused pid is never touched.
 */
final class LeftoverProcesses {

    private final Path file;

    LeftoverProcesses(Path file) {
        this.file = file;
    }

    /** Writes down a child process that has just started. */
    void record(String name, long pid) {
        long started = ProcessHandle.of(pid).flatMap(p -> p.info().startInstant()).map(Instant::toEpochMilli).orElse(-1L);
        String line = pid + "\t" + started + "\t" + name + "\n";
        try {
            Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the list of started processes to " + file
                    + ": check that the data folder is writable", e);
        }
    }

    /**
     * Stops every recorded process that is still running (politely, then by force after {@code grace}),
     * forgets the list and returns a description of each one stopped.
     */
    List<String> stopAll(Duration grace) {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        List<String> stopped = new ArrayList<>();
        for (String line : read()) {
            String[] parts = line.split("\t", 3);
            if (parts.length < 3) {
                continue;
            }
            Optional<ProcessHandle> handle = running(Long.parseLong(parts[0]), Long.parseLong(parts[1]));
            if (handle.isPresent()) {
                stop(handle.get(), grace);
                stopped.add(parts[2] + " (pid " + parts[0] + ")");
            }
        }
        clear();
        return stopped;
    }

    /** Forgets the list, after a clean stop. */
    void clear() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete " + file + ": delete it by hand", e);
        }
    }

    private List<String> read() {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the list of processes an earlier run started, " + file
                    + ": delete it and stop any leftover java processes by hand", e);
        }
    }

    private static Optional<ProcessHandle> running(long pid, long startedMillis) {
        return ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .filter(p -> startedMillis >= 0
                        && p.info().startInstant().map(Instant::toEpochMilli).orElse(-2L) == startedMillis);
    }

    private static void stop(ProcessHandle process, Duration grace) {
        process.destroy();
        try {
            process.onExit().get(grace.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        } catch (Exception notInTime) {
            process.destroyForcibly();
        }
    }
}
