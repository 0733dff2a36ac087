package io.newsmonitor.ingest.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InboxEventsTest {

    // Long enough for a loaded machine to deliver an event; a test that times out here has failed.
    private static final Duration EVENT_WAIT = Duration.ofSeconds(20);

    @TempDir
    Path inbox;

    private InboxEvents events;

    @BeforeEach
    void open() {
        events = InboxEvents.open(FileSystems.getDefault());
    }

    @AfterEach
    void close() {
        events.close();
    }

    @Test
    void wakesUpWhenAFileIsRenamedIntoAWatchedFolder(@TempDir Path staging) throws Exception {
        events.watchAll(List.of(inbox));
        Path written = Files.writeString(staging.resolve("a.txt"), "新闻");
        Files.move(written, inbox.resolve("a.txt"));

        assertThat(events.await(EVENT_WAIT)).isTrue();
    }

    @Test
    void wakesUpWhenAFileIsWrittenInAWatchedSubFolder() throws Exception {
        Path sub = Files.createDirectories(inbox.resolve("四川/广元"));
        events.watchAll(List.of(inbox, inbox.resolve("四川"), sub));
        Files.writeString(sub.resolve("b.txt"), "新闻");

        assertThat(events.await(EVENT_WAIT)).isTrue();
    }

    @Test
    void takesTheEventsOfABurstInFewerWakeUpsThanFiles() throws Exception {
        events.watchAll(List.of(inbox));
        // 20 files, each created and written: 40 events.
        for (int i = 0; i < 20; i++) {
            Files.writeString(inbox.resolve(i + ".txt"), "新闻");
        }

        assertThat(events.await(EVENT_WAIT)).isTrue();
        int wakeUps = 1;
        while (events.await(Duration.ofMillis(300))) {
            wakeUps++;
        }
        assertThat(wakeUps).isLessThan(20);
    }

    @Test
    void timesOutWhenNothingChanges() throws Exception {
        events.watchAll(List.of(inbox));

        assertThat(events.await(Duration.ofMillis(100))).isFalse();
    }

    @Test
    void watchesEachFolderOnceAndForgetsFoldersThatAreGone() throws IOException {
        Path sub = Files.createDirectories(inbox.resolve("sub"));

        assertThat(events.watchAll(List.of(inbox, sub))).isEqualTo(2);
        assertThat(events.watchAll(List.of(inbox, sub))).isZero();
        Files.delete(sub);
        assertThat(events.watchAll(List.of(inbox))).isZero();
        assertThat(events.watchedCount()).isEqualTo(1);
    }
}
