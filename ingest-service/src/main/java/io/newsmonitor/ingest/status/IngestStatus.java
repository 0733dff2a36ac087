package io.newsmonitor.ingest.status;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/** Counters since start-up and the last error, shown by {@code GET /api/ingest/status}. */
@Singleton
public final class IngestStatus {

    /**
     * The most recent failure, transient or permanent.
     *
     * @param message what was wrong and what to do
     * @param file the file name, or {@code http-post}
     * @param time when it happened
     */
    public record LastError(String message, String file, Instant time) {
    }

    private final AtomicLong processed = new AtomicLong();
    private final AtomicLong rejected = new AtomicLong();
    private final AtomicLong posted = new AtomicLong();
    private final AtomicReference<LastError> lastError = new AtomicReference<>();
    private volatile int filesWaiting;

    public void fileProcessed() {
        processed.incrementAndGet();
    }

    public void fileRejected(String file, String message, Instant time) {
        rejected.incrementAndGet();
        error(file, message, time);
    }

    public void postPublished() {
        posted.incrementAndGet();
    }

    public void error(String file, String message, Instant time) {
        lastError.set(new LastError(message, file, time));
    }

    public void filesWaiting(int count) {
        filesWaiting = count;
    }

    public int filesWaiting() {
        return filesWaiting;
    }

    public long processed() {
        return processed.get();
    }

    public long rejected() {
        return rejected.get();
    }

    public long posted() {
        return posted.get();
    }

    public LastError lastError() {
        return lastError.get();
    }
}
