package io.newsmonitor.ingest.watch;

import io.newsmonitor.ingest.config.IngestConfig;
import io.newsmonitor.ingest.config.IngestConfigCheck;
import io.newsmonitor.ingest.metrics.IngestMetrics;
import io.newsmonitor.ingest.publish.ArticlePublisher;
import io.newsmonitor.ingest.publish.PublishException;
import io.newsmonitor.ingest.read.ArticleReader;
import io.newsmonitor.ingest.state.PublishedIds;
import io.newsmonitor.ingest.status.IngestStatus;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Watches the inbox on one thread of its own, so that a slow broker delays only this loop and never
 * an HTTP request, and a file waits in the inbox until it is published or rejected. The loop scans when the file
 * system reports a change ({@link InboxEvents}), when a file seen will have settled, and at least every poll
 * interval, which alone finds files where events do not arrive (network file systems, folders beyond the limit of
 * watches). The ready files of a scan are handed to the producer several at a time ({@link FilesInFlight}) and
 * finished in order, each moved only after its own acknowledgement.
 */
@Singleton
public final class InboxWatcher {

    private static final Logger LOG = Logger.getLogger(InboxWatcher.class);

    private final IngestConfig config;
    private final ArticlePublisher publisher;
    private final IngestStatus status;
    private final PublishedIds publishedIds;
    private final IngestMetrics metrics;
    private final Clock clock = Clock.systemDefaultZone();
    private final RetryBackoff backoff = new RetryBackoff();
    private final Set<Path> reportedUnreadable = new HashSet<>();
    private ExecutorService executor;
    private InboxEvents events;
    private volatile boolean stopping;
    private InboxScanner scanner;
    private InboxFileProcessor processor;
    private FilesInFlight inFlight;

    InboxWatcher(IngestConfig config, ArticlePublisher publisher, IngestStatus status, PublishedIds publishedIds,
            IngestMetrics metrics) {
        this.config = config;
        this.publisher = publisher;
        this.status = status;
        this.publishedIds = publishedIds;
        this.metrics = metrics;
    }

    void onStart(@Observes StartupEvent event) {
        IngestConfigCheck.validate(config);
        IngestConfigCheck.createFolders(config);
        scanner = new InboxScanner(config.inboxDir(), config.settleTime(), clock);
        processor = new InboxFileProcessor(new ArticleReader(config.maxFileSizeBytes()), publisher, publishedIds,
                metrics, config.processedDir(), config.rejectedDir(), clock, config.pauseBeforeMove());
        inFlight = new FilesInFlight(config.maxFilesInFlight(), FilesInFlight.MAX_BYTES);
        if (!config.pauseBeforeMove().isZero()) {
            LOG.warnf("ingest.pause-before-move is %d ms: every file waits that long between its acknowledgement and "
                    + "its move. This is a test setting; set it to 0s in production.", config.pauseBeforeMove().toMillis());
        }
        events = config.watchEvents() ? InboxEvents.open(config.inboxDir().getFileSystem()) : null;
        executor = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "inbox-watcher");
            thread.setDaemon(true);
            return thread;
        });
        executor.execute(this::loop);
        LOG.infof("Watching the inbox %s (%s, scanned every %d ms; settle time %d ms, files up to %d MB, up to %d "
                        + "files waiting for the broker together); published files go to %s, rejected files to %s.",
                config.inboxDir().toAbsolutePath(), events == null ? "polling only" : "file system events",
                config.pollInterval().toMillis(), config.settleTime().toMillis(), config.maxFileSizeMb(),
                config.maxFilesInFlight(),
                config.processedDir().toAbsolutePath(), config.rejectedDir().toAbsolutePath());
    }

    void onStop(@Observes ShutdownEvent event) {
        if (executor == null) {
            return;
        }
        stopping = true;
        executor.shutdown();
        if (events != null) {
            events.close();
        }
        long waitMillis = config.publishTimeout().toMillis() + 1000;
        try {
            if (!executor.awaitTermination(waitMillis, TimeUnit.MILLISECONDS)) {
                LOG.warnf("The inbox watcher did not stop within %d ms; interrupting it. A file being published stays "
                        + "in the inbox and is published again at the next start.", waitMillis);
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    // Scans at once when a file system event arrives, when a file seen will have settled, and at the latest every
    // poll interval: events make pick-up fast, the scan alone decides what is ready.
    private void loop() {
        try {
            while (!stopping && !Thread.currentThread().isInterrupted()) {
                pollSafely();
                Duration wait = config.pollInterval();
                if (events != null && events.watchAll(scanner.folders()) > 0) {
                    // Files written in a new folder before it was watched raised no event: look again now.
                    wait = Duration.ZERO;
                }
                Instant settled = scanner.nextSettledAt();
                if (settled != null) {
                    Duration untilSettled = Duration.between(clock.instant(), settled);
                    wait = untilSettled.compareTo(wait) < 0 ? untilSettled : wait;
                }
                if (events == null) {
                    Thread.sleep(Math.max(0, wait.toMillis()));
                } else {
                    events.await(wait);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // An exception escaping would end the loop and with it every later scan.
    private void pollSafely() {
        try {
            poll();
        } catch (IOException | RuntimeException e) {
            LOG.errorf(e, "Scanning the inbox %s failed; trying again in %d ms.",
                    config.inboxDir().toAbsolutePath(), config.pollInterval().toMillis());
            status.error(config.inboxDir().toString(), "Scanning the inbox failed: " + e, Instant.now(clock));
        }
    }

    private void poll() throws IOException {
        List<InboxFile> ready = scanner.scan();
        status.filesWaiting(scanner.waitingCount());
        reportUnreadable(scanner.unreadable());
        backoff.retainOnly(ready.stream().map(InboxFile::path).collect(Collectors.toSet()));
        status.retainWaiting(ready.stream().map(InboxFile::name).collect(Collectors.toSet()));
        for (InboxFile link : scanner.outsideLinks()) {
            rejectLink(link);
        }
        // Files handed over are always finished, even when stopping: a file left behind with its articles
        // acknowledged but not recorded would be published a second time at the next start.
        for (InboxFile file : ready) {
            if (stopping || Thread.currentThread().isInterrupted()) {
                break;
            }
            if (backoff.isDue(file.path(), clock.instant())) {
                inFlight.makeRoomFor(file.sizeBytes(), this::finish);
                start(file);
            }
        }
        inFlight.finishAll(this::finish);
    }

    private void start(InboxFile file) {
        try {
            PendingFile pending = processor.start(file);
            if (pending.isDone()) {
                finish(pending);
            } else {
                inFlight.add(pending);
            }
        } catch (PublishException | IOException e) {
            transientFailure(file, e);
        }
    }

    private void finish(PendingFile pending) {
        InboxFile file = pending.file();
        try {
            FileOutcome outcome = processor.finish(pending);
            int failures = backoff.succeeded(file.path());
            long millis = (System.nanoTime() - pending.startedNanos()) / 1_000_000;
            status.fileDone(file.name());
            if (outcome.alreadyPublished()) {
                status.fileProcessed();
                LOG.infof("%s: already published as %s; moved to processed without publishing again.", file.name(),
                        ids(outcome.articleIds()));
            } else if (outcome.published()) {
                status.fileProcessed();
                LOG.infof("%s: %d bytes, %s, id %s, published%s and moved to %s in %d ms.", file.name(),
                        file.sizeBytes(), outcome.charset(), ids(outcome.articleIds()),
                        failures == 0 ? "" : " after " + (failures + 1) + " attempts", outcome.movedTo(), millis);
            } else {
                status.fileRejected(file.name(), outcome.reason(), Instant.now(clock));
                LOG.infof("%s: %d bytes, id -, rejected and moved to %s in %d ms. %s", file.name(), file.sizeBytes(),
                        outcome.movedTo(), millis, outcome.reason());
            }
        } catch (PublishException | IOException e) {
            transientFailure(file, e);
        }
    }

    private void rejectLink(InboxFile link) {
        try {
            FileOutcome outcome = processor.rejectLink(link);
            status.fileRejected(link.name(), outcome.reason(), Instant.now(clock));
            LOG.infof("%s: symbolic link pointing outside the inbox, moved to %s. %s", link.name(), outcome.movedTo(),
                    outcome.reason());
        } catch (IOException e) {
            String message = "Could not move the symbolic link " + link.name() + " to the rejected folder: " + e
                    + ". Check the folder permissions, or remove the link.";
            status.error(link.name(), message, Instant.now(clock));
            LOG.warn(message);
        }
    }

    private void transientFailure(InboxFile file, Exception e) {
        Instant now = clock.instant();
        if (e instanceof PublishException) {
            status.fileWaitingForBroker(file.name(), now);
        }
        boolean firstOfStreak = backoff.failed(file.path(), now);
        String message = e instanceof PublishException
                ? e.getMessage()
                : "Could not read or move the file: " + e + ". Check the folder permissions and free disk space.";
        status.error(file.name(), message, now);
        if (firstOfStreak) {
            LOG.warnf("%s: not published yet, it stays in the inbox and is retried with a growing delay "
                    + "(up to %d s); this is logged once until it succeeds. %s", file.name(),
                    RetryBackoff.MAX_DELAY.toSeconds(), message);
        } else {
            LOG.debugf("%s: still not published: %s", file.name(), message);
        }
    }

    private void reportUnreadable(Set<Path> unreadable) {
        reportedUnreadable.retainAll(unreadable);
        for (Path path : unreadable) {
            if (reportedUnreadable.add(path)) {
                LOG.warnf("Cannot read %s in the inbox: it is skipped until the service may read it (check its permissions).",
                        path);
            }
        }
    }

    private static String ids(List<String> ids) {
        String first = ids.get(0).substring(0, 12);
        return ids.size() == 1 ? first : first + " and " + (ids.size() - 1) + " more articles";
    }
}
