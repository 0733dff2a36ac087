package io.newsmonitor.ingest.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class FilesInFlightTest {

    private final List<String> finished = new ArrayList<>();
    private final Consumer<PendingFile> finisher = pending -> finished.add(pending.file().name());

    private static PendingFile pending(String name, long sizeBytes) {
        return PendingFile.sending(new InboxFile(Path.of("/inbox", name), Path.of(name), sizeBytes), 0,
                new PendingFile.Articles(List.of(), "UTF-8", sizeBytes, List.of()));
    }

    @Test
    void finishesTheOldestFileWhenTheNumberOfFilesIsReached() {
        FilesInFlight inFlight = new FilesInFlight(2, 1_000);
        inFlight.add(pending("a.txt", 10));
        inFlight.add(pending("b.txt", 10));

        inFlight.makeRoomFor(10, finisher);

        assertThat(finished).containsExactly("a.txt");
        assertThat(inFlight.size()).isEqualTo(1);
    }

    @Test
    void finishesOldFilesUntilTheNextOneFitsInTheBytes() {
        FilesInFlight inFlight = new FilesInFlight(10, 100);
        inFlight.add(pending("a.txt", 60));
        inFlight.add(pending("b.txt", 30));

        inFlight.makeRoomFor(20, finisher);

        assertThat(finished).containsExactly("a.txt");
        inFlight.makeRoomFor(80, finisher);
        assertThat(finished).containsExactly("a.txt", "b.txt");
    }

    @Test
    void letsAFileLargerThanTheLimitTravelAlone() {
        FilesInFlight inFlight = new FilesInFlight(10, 100);

        inFlight.makeRoomFor(500, finisher);
        inFlight.add(pending("big.txt", 500));
        assertThat(finished).isEmpty();
        inFlight.makeRoomFor(1, finisher);

        assertThat(finished).containsExactly("big.txt");
    }

    @Test
    void finishesEveryFileInTheOrderItWasStarted() {
        FilesInFlight inFlight = new FilesInFlight(10, 1_000);
        inFlight.add(pending("c.txt", 1));
        inFlight.add(pending("a.txt", 1));
        inFlight.add(pending("b.txt", 1));

        inFlight.finishAll(finisher);

        assertThat(finished).containsExactly("c.txt", "a.txt", "b.txt");
        assertThat(inFlight.size()).isZero();
    }

    @Test
    void refusesAWindowWithoutRoom() {
        assertThatThrownBy(() -> new FilesInFlight(0, 100)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("At least one file and one byte must be allowed in flight, not 0 files and 100 bytes");
    }
}
