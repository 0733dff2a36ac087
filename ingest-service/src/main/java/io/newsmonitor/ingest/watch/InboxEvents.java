package io.newsmonitor.ingest.watch;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystem;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Wakes the inbox loop as soon as a file is created, renamed in or written anywhere in the inbox, instead of
 * waiting for the next poll. The inbox folder and each of its sub-folders are watched with the file system's
 * own notifications ({@link WatchService}, inotify on Linux); a folder that cannot be watched (notifications
 * unsupported, as on many network file systems, or the system's limit of watches reached) is still found by
 * the regular scan, so events only make pick-up faster and never decide what is picked up.
 * Not thread-safe: one loop owns it; {@link #close()} may be called from another thread to wake it for good.
 */
public final class InboxEvents implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(InboxEvents.class);

    private final WatchService service;
    private final Map<Path, WatchKey> watched = new HashMap<>();
    private boolean reportedFailure;

    private InboxEvents(WatchService service) {
        this.service = service;
    }

    /** Events of {@code fileSystem}, or null when it offers none (the loop then relies on polling alone). */
    public static InboxEvents open(FileSystem fileSystem) {
        try {
            return new InboxEvents(fileSystem.newWatchService());
        } catch (IOException | UnsupportedOperationException e) {
            LOG.warnf("File system notifications are not available (%s): new inbox files are found by polling "
                    + "alone, every ingest.poll-interval.", e);
            return null;
        }
    }

    /**
     * Watches every folder of {@code folders} not watched yet and forgets folders that are gone.
     *
     * @return how many folders started to be watched now (files written in them before that were not notified)
     */
    public int watchAll(Collection<Path> folders) {
        watched.values().removeIf(key -> !key.isValid());
        watched.keySet().retainAll(folders);
        int added = 0;
        for (Path folder : folders) {
            if (watched.containsKey(folder)) {
                continue;
            }
            try {
                watched.put(folder, folder.register(service, StandardWatchEventKinds.ENTRY_CREATE,
                        StandardWatchEventKinds.ENTRY_MODIFY));
                added++;
            } catch (IOException | UnsupportedOperationException e) {
                reportOnce(folder, e);
            } catch (ClosedWatchServiceException stopping) {
                return added;
            }
        }
        return added;
    }

    /** How many folders are watched now. */
    public int watchedCount() {
        return watched.size();
    }

    /**
     * Waits until a file or folder is created or written in a watched folder, or {@code maxWait} passed, and takes
     * every event that is pending then, so a burst of files costs one wake-up.
     *
     * @return true if something changed (or events were lost and everything must be looked at), false on time-out
     */
    public boolean await(Duration maxWait) throws InterruptedException {
        WatchKey key;
        try {
            key = service.poll(Math.max(0, maxWait.toNanos()), TimeUnit.NANOSECONDS);
        } catch (ClosedWatchServiceException stopping) {
            return false;
        }
        boolean changed = false;
        while (key != null) {
            for (WatchEvent<?> event : key.pollEvents()) {
                // OVERFLOW: events were dropped, which a scan makes up for like any other change.
                changed |= event.kind() != null;
            }
            key.reset();
            try {
                key = service.poll();
            } catch (ClosedWatchServiceException stopping) {
                return changed;
            }
        }
        return changed;
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            LOG.debugf("Closing the inbox watch service failed: %s", e);
        }
    }

    // inotify's limit (fs.inotify.max_user_watches) is per user and machine: say so once, not for every folder.
    private void reportOnce(Path folder, Exception e) {
        if (!reportedFailure) {
            reportedFailure = true;
            LOG.warnf("Cannot watch the inbox folder %s for new files (%s); it and any other folder that cannot be "
                    + "watched are still scanned every ingest.poll-interval. On Linux, raising "
                    + "fs.inotify.max_user_watches lifts the usual limit.", folder, e);
        }
    }
}
