package io.newsmonitor.ingest.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** Settings of the ingest service, under the {@code ingest.} prefix. Durations accept {@code 500ms}, {@code 10s}. */
@ConfigMapping(prefix = "ingest")
public interface IngestConfig {

    /** Folder watched for new article files, sub-folders included. */
    @WithDefault("data/inbox")
    Path inboxDir();

    /** Folder that receives published files, in one sub-folder per day (YYYY-MM-DD). */
    @WithDefault("data/processed")
    Path processedDir();

    /** Folder that receives files that can never be published, each next to a .error.txt that says why. */
    @WithDefault("data/rejected")
    Path rejectedDir();

    /** Folder for the record of published article ids, kept across restarts so nothing is published twice. */
    @WithDefault("data/ingest-state")
    Path stateDir();

    /**
     * How often the inbox is scanned at the latest; with {@link #watchEvents()} a scan also follows each change the
     * file system reports, so this matters only where events do not arrive (network file systems).
     */
    @WithDefault("500ms")
    Duration pollInterval();

    /** Whether to scan as soon as the file system reports a new or changed file (inotify on Linux) as well as by polling. */
    @WithDefault("true")
    boolean watchEvents();

    /**
     * How long a file's size and modification time must stay unchanged before it is picked up; a file whose
     * modification time is already 3 s old when it is first seen (renamed into the inbox) need not wait.
     */
    @WithDefault("100ms")
    Duration settleTime();

    /**
     * How many inbox files may wait for the broker's acknowledgements together (each one is still moved only after
     * its own); 1 publishes one file at a time.
     */
    @WithDefault("32")
    int maxFilesInFlight();

    /** How long to wait for the broker to acknowledge an article before trying again later. */
    @WithDefault("10s")
    Duration publishTimeout();

    /** How long a file may wait for the broker's acknowledgement before readiness reports DOWN. */
    @WithDefault("60s")
    Duration readinessMaxWait();

    /**
     * Test hook, 0 by default: how long to hold a file between the broker's acknowledgement and its move to
     * the processed folder, so that a test can kill the service in that window.
     */
    @WithDefault("0s")
    Duration pauseBeforeMove();

    /** Largest article accepted, in megabytes (files and HTTP posts alike). */
    @WithDefault("10")
    int maxFileSizeMb();

    /** {@link #maxFileSizeMb()} in bytes. */
    default long maxFileSizeBytes() {
        return maxFileSizeMb() * 1024L * 1024L;
    }

    /**
     * Token that {@code POST /api/articles} must carry (as {@code Authorization: Bearer <token>} or
     * {@code X-Api-Token: <token>}); without one the write endpoint is open.
     */
    Optional<String> apiToken();
}
