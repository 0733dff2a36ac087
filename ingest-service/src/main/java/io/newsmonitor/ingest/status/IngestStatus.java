package io.newsmonitor.ingest.status;

import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Counters since start-up and the last error, shown by {@code GET /api/ingest/status}, and the state of
 * publishing that readiness reports ({@link #notReadyReason}).
 */
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
    private final AtomicReference<LastError> failingPublish = new AtomicReference<>();
    private final Map<String, Instant> waitingForBroker = new ConcurrentHashMap<>();
    private volatile int filesWaiting;

    /** A publish was acknowledged: publishing works again. */
    public void publishAcknowledged() {
        failingPublish.set(null);
    }

    /** A publish failed transiently; until one succeeds the service is not ready. */
    public void publishFailed(String articleId, String message, Instant time) {
        failingPublish.set(new LastError(message, articleId, time));
    }

    /** An inbox file is waiting for the broker; the first call of a streak sets since when. */
    public void fileWaitingForBroker(String file, Instant since) {
        waitingForBroker.putIfAbsent(file, since);
    }

    /** An inbox file left the inbox (published, rejected or gone): it no longer waits. */
    public void fileDone(String file) {
        waitingForBroker.remove(file);
    }

    /** Forgets waiting files that are no longer in the inbox. */
    public void retainWaiting(Set<String> files) {
        waitingForBroker.keySet().retainAll(files);
    }

    /**
     * Why the service is not ready, or empty when it is: the last publish failed and none succeeded since,
     * or a file has waited for the broker's acknowledgement longer than {@code maxWait}.
     */
    public Optional<String> notReadyReason(Instant now, Duration maxWait) {
        LastError failing = failingPublish.get();
        if (failing != null) {
            return Optional.of("The last publish (article " + failing.file() + " at " + failing.time()
                    + ") failed and none has succeeded since: " + failing.message());
        }
        return waitingForBroker.entrySet().stream()
                .filter(entry -> Duration.between(entry.getValue(), now).compareTo(maxWait) > 0)
                .min(Map.Entry.comparingByValue())
                .map(entry -> String.format(Locale.ROOT, "%s has waited %d s for the broker's acknowledgement, "
                        + "longer than ingest.readiness-max-wait (%d s): check that Kafka is reachable.",
                        entry.getKey(), Duration.between(entry.getValue(), now).toSeconds(), maxWait.toSeconds()));
    }

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
