package io.newsmonitor.ingest.watch;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;

/**
 * The inbox files whose articles are on their way to the broker, oldest first, bounded in number and in bytes so
 * that a burst of large files cannot fill the heap. Each file is finished (acknowledgements awaited, then moved)
 * in the order it was started; the loop finishes the oldest to make room for the next. Not thread-safe: one loop
 * owns it.
 */
final class FilesInFlight {

    /** Bytes of file content that may wait for acknowledgements together; a larger file travels alone. */
    static final long MAX_BYTES = 16L * 1024 * 1024;

    private final int maxFiles;
    private final long maxBytes;
    private final Deque<PendingFile> pending = new ArrayDeque<>();
    private long bytes;

    FilesInFlight(int maxFiles, long maxBytes) {
        if (maxFiles < 1 || maxBytes < 1) {
            throw new IllegalArgumentException("At least one file and one byte must be allowed in flight, not "
                    + maxFiles + " files and " + maxBytes + " bytes");
        }
        this.maxFiles = maxFiles;
        this.maxBytes = maxBytes;
    }

    /** Finishes the oldest files until one more of {@code sizeBytes} fits (an empty window always has room). */
    void makeRoomFor(long sizeBytes, Consumer<PendingFile> finisher) {
        while (!pending.isEmpty() && (pending.size() >= maxFiles || bytes + sizeBytes > maxBytes)) {
            finishOldest(finisher);
        }
    }

    /** Adds a started file; call {@link #makeRoomFor} first. */
    void add(PendingFile file) {
        pending.addLast(file);
        bytes += file.sizeBytes();
    }

    /** Finishes every file in flight, oldest first. */
    void finishAll(Consumer<PendingFile> finisher) {
        while (!pending.isEmpty()) {
            finishOldest(finisher);
        }
    }

    /** How many files are in flight. */
    int size() {
        return pending.size();
    }

    private void finishOldest(Consumer<PendingFile> finisher) {
        PendingFile oldest = pending.removeFirst();
        bytes -= oldest.sizeBytes();
        finisher.accept(oldest);
    }
}
