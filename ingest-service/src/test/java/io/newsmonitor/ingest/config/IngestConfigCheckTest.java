package io.newsmonitor.ingest.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestConfigCheckTest {

    @TempDir
    Path root;

    private record Settings(Path inboxDir, Path processedDir, Path rejectedDir, Path stateDir, Duration pollInterval,
            Duration settleTime, Duration publishTimeout, Duration readinessMaxWait, int maxFileSizeMb,
            Duration pauseBeforeMove, int maxFilesInFlight) implements IngestConfig {

        Settings(Path inboxDir, Path processedDir, Path rejectedDir, Path stateDir, Duration pollInterval,
                Duration settleTime, Duration publishTimeout, Duration readinessMaxWait, int maxFileSizeMb) {
            this(inboxDir, processedDir, rejectedDir, stateDir, pollInterval, settleTime, publishTimeout,
                    readinessMaxWait, maxFileSizeMb, Duration.ZERO, 32);
        }

        @Override
        public Optional<String> apiToken() {
            return Optional.empty();
        }

        @Override
        public boolean watchEvents() {
            return true;
        }
    }

    private Settings settings(Path inbox, Path processed, Duration pollInterval, int maxMb) {
        return new Settings(inbox, processed, root.resolve("rejected"), root.resolve("state"), pollInterval,
                Duration.ofMillis(300), Duration.ofSeconds(10), Duration.ofSeconds(60), maxMb);
    }

    @Test
    void createsTheFourFolders() {
        Settings settings = settings(root.resolve("in/box"), root.resolve("processed"), Duration.ofMillis(500), 10);

        IngestConfigCheck.createFolders(settings);

        assertThat(root.resolve("in/box")).isDirectory();
        assertThat(root.resolve("processed")).isDirectory();
        assertThat(root.resolve("rejected")).isDirectory();
        assertThat(root.resolve("state")).isDirectory();
    }

    @Test
    void refusesAStateFolderInsideTheInbox() {
        Settings settings = new Settings(root.resolve("inbox"), root.resolve("processed"), root.resolve("rejected"),
                root.resolve("inbox/state"), Duration.ofMillis(500), Duration.ofMillis(300), Duration.ofSeconds(10),
                Duration.ofSeconds(60), 10);

        assertThatThrownBy(() -> IngestConfigCheck.validate(settings))
                .hasMessage("ingest.state-dir is " + root.resolve("inbox/state") + ", which overlaps the inbox "
                        + root.resolve("inbox") + ": choose a folder outside the inbox (ingest.inbox-dir).");
    }

    @Test
    void failsWithThePathWhenTheInboxCannotBeCreated() throws IOException {
        Path blocker = Files.writeString(root.resolve("a-file"), "not a folder");
        Settings settings = settings(blocker.resolve("inbox"), root.resolve("processed"), Duration.ofMillis(500), 10);

        assertThatThrownBy(() -> IngestConfigCheck.createFolders(settings))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("Cannot create the folder " + blocker.resolve("inbox") + " (ingest.inbox-dir): ");
    }

    @Test
    void refusesAProcessedFolderInsideTheInbox() {
        Settings settings = settings(root.resolve("inbox"), root.resolve("inbox/done"), Duration.ofMillis(500), 10);

        assertThatThrownBy(() -> IngestConfigCheck.validate(settings))
                .hasMessage("ingest.processed-dir is " + root.resolve("inbox/done") + ", which overlaps the inbox "
                        + root.resolve("inbox") + ": choose a folder outside the inbox (ingest.inbox-dir).");
    }

    @Test
    void refusesANegativePauseBeforeMove() {
        Settings settings = new Settings(root.resolve("inbox"), root.resolve("processed"), root.resolve("rejected"),
                root.resolve("state"), Duration.ofMillis(500), Duration.ofMillis(300), Duration.ofSeconds(10),
                Duration.ofSeconds(60), 10, Duration.ofSeconds(-1), 32);

        assertThatThrownBy(() -> IngestConfigCheck.validate(settings))
                .hasMessage("ingest.pause-before-move is PT-1S, a negative duration: leave it at 0s (it exists only "
                        + "for crash tests).");
    }

    @Test
    void refusesAZeroPollInterval() {
        Settings settings = settings(root.resolve("inbox"), root.resolve("processed"), Duration.ZERO, 10);

        assertThatThrownBy(() -> IngestConfigCheck.validate(settings))
                .hasMessage("ingest.poll-interval is PT0S: set it to a duration greater than 0, such as 500ms or 10s.");
    }

    @Test
    void refusesANonPositiveSizeLimit() {
        Settings settings = settings(root.resolve("inbox"), root.resolve("processed"), Duration.ofMillis(500), 0);

        assertThatThrownBy(() -> IngestConfigCheck.validate(settings))
                .hasMessage("ingest.max-file-size-mb is 0: set it to a number of megabytes greater than 0 (default 10).");
    }

    @Test
    void refusesZeroFilesInFlight() {
        Settings settings = new Settings(root.resolve("inbox"), root.resolve("processed"), root.resolve("rejected"),
                root.resolve("state"), Duration.ofMillis(500), Duration.ofMillis(300), Duration.ofSeconds(10),
                Duration.ofSeconds(60), 10, Duration.ZERO, 0);

        assertThatThrownBy(() -> IngestConfigCheck.validate(settings))
                .hasMessage("ingest.max-files-in-flight is 0: set it to a number of files greater than 0 (default 32; "
                        + "1 publishes one file at a time).");
    }
}
