package io.newsmonitor.ingest.state;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The ids of every article the broker has acknowledged, kept across restarts in an append-only file
 * ({@value #FILE_NAME}, one id a line) and in memory, so that a file or post seen before is recognised
 * without publishing it again. Thread-safe: the poll loop and HTTP workers share it.
 */
public final class PublishedIds implements AutoCloseable {

    /** The file inside the state folder. */
    public static final String FILE_NAME = "published-ids.txt";

    private final Path file;
    private final Set<String> ids = ConcurrentHashMap.newKeySet();
    private final Writer writer;

    private PublishedIds(Path file) throws IOException {
        this.file = file;
        if (Files.exists(file)) {
            try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                // A line cut short by a crash mid-write is not a valid id; it is ignored, the article is published again.
                lines.lines().map(String::strip).filter(PublishedIds::isId).forEach(ids::add);
            }
        }
        this.writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND, StandardOpenOption.WRITE);
    }

    /**
     * Opens the record in the given folder, creating the folder if needed, and loads the ids in it.
     *
     * @throws UncheckedIOException the folder or file cannot be created or read, with the path in the message
     */
    public static PublishedIds open(Path stateDir) {
        Path file = stateDir.resolve(FILE_NAME).toAbsolutePath();
        try {
            Files.createDirectories(file.getParent());
            return new PublishedIds(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the record of published articles " + file + " (ingest.state-dir): "
                    + e + ". Make the folder writable or point ingest.state-dir elsewhere.", e);
        }
    }

    /** True if the broker acknowledged this article before, in this run or an earlier one. */
    public boolean contains(String id) {
        return ids.contains(id);
    }

    /** How many ids are recorded. */
    public int size() {
        return ids.size();
    }

    /** Where the ids are kept. */
    public Path file() {
        return file;
    }

    /** Records an acknowledged article; call only after the acknowledgement. Written and flushed before it returns. */
    public synchronized void record(String id) throws IOException {
        if (!ids.add(id)) {
            return;
        }
        try {
            writer.write(id);
            writer.write('\n');
            writer.flush();
        } catch (IOException e) {
            ids.remove(id);
            throw new IOException("Cannot record article " + id + " as published in " + file + ": " + e.getMessage()
                    + ". Check the free disk space and permissions of ingest.state-dir.", e);
        }
    }

    @Override
    public synchronized void close() throws IOException {
        writer.close();
    }

    private static boolean isId(String line) {
        return line.length() == 64 && line.chars().allMatch(c -> c >= '0' && c <= '9' || c >= 'a' && c <= 'f');
    }
}
