package io.newsmonitor.ingest.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Checks the settings and creates the folders at start-up, so that a bad value stops the service
 * with the value in the message instead of surfacing later as a puzzling failure.
 */
public final class IngestConfigCheck {

    private IngestConfigCheck() {
    }

    /** Fails with {@link IllegalStateException} naming the property and its bad value. */
    public static void validate(IngestConfig config) {
        requirePositive("ingest.poll-interval", config.pollInterval());
        requirePositive("ingest.publish-timeout", config.publishTimeout());
        requirePositive("ingest.readiness-max-wait", config.readinessMaxWait());
        if (config.settleTime().isNegative()) {
            throw new IllegalStateException("ingest.settle-time is " + config.settleTime()
                    + ", a negative duration: set it to 0ms or more (default 100ms).");
        }
        if (config.pauseBeforeMove().isNegative()) {
            throw new IllegalStateException("ingest.pause-before-move is " + config.pauseBeforeMove()
                    + ", a negative duration: leave it at 0s (it exists only for crash tests).");
        }
        if (config.maxFileSizeMb() <= 0) {
            throw new IllegalStateException("ingest.max-file-size-mb is " + config.maxFileSizeMb()
                    + ": set it to a number of megabytes greater than 0 (default 10).");
        }
        if (config.maxFilesInFlight() <= 0) {
            throw new IllegalStateException("ingest.max-files-in-flight is " + config.maxFilesInFlight()
                    + ": set it to a number of files greater than 0 (default 32; 1 publishes one file at a time).");
        }
        Path inbox = config.inboxDir().toAbsolutePath().normalize();
        requireOutsideInbox("ingest.processed-dir", config.processedDir(), inbox);
        requireOutsideInbox("ingest.rejected-dir", config.rejectedDir(), inbox);
        requireOutsideInbox("ingest.state-dir", config.stateDir(), inbox);
    }

    /** Creates the inbox, processed, rejected and state folders; fails with the path that could not be created. */
    public static void createFolders(IngestConfig config) {
        createFolder("ingest.inbox-dir", config.inboxDir());
        createFolder("ingest.processed-dir", config.processedDir());
        createFolder("ingest.rejected-dir", config.rejectedDir());
        createFolder("ingest.state-dir", config.stateDir());
    }

    private static void requirePositive(String property, Duration value) {
        if (value.isZero() || value.isNegative()) {
            throw new IllegalStateException(property + " is " + value + ": set it to a duration greater than 0, such as 500ms or 10s.");
        }
    }

    // A processed or rejected folder inside the inbox would be scanned again, publishing every file forever.
    private static void requireOutsideInbox(String property, Path folder, Path inbox) {
        Path absolute = folder.toAbsolutePath().normalize();
        if (absolute.startsWith(inbox) || inbox.startsWith(absolute)) {
            throw new IllegalStateException(property + " is " + absolute + ", which overlaps the inbox " + inbox
                    + ": choose a folder outside the inbox (ingest.inbox-dir).");
        }
    }

    private static void createFolder(String property, Path folder) {
        Path absolute = folder.toAbsolutePath();
        try {
            Files.createDirectories(absolute);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot create the folder " + absolute + " (" + property + "): " + e
                    + ". Create it by hand or point " + property + " at a writable folder.", e);
        }
        if (!Files.isWritable(absolute)) {
            throw new IllegalStateException("The folder " + absolute + " (" + property
                    + ") is not writable: give the service write access or point " + property + " elsewhere.");
        }
    }
}
