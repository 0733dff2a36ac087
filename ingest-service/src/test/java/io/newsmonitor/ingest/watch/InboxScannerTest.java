package io.newsmonitor.ingest.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InboxScannerTest {

    private static final Duration SETTLE = Duration.ofMillis(300);

    @TempDir
    Path inbox;

    private final MutableClock clock = new MutableClock(Instant.parse("2025-03-01T08:00:00Z"));

    private InboxScanner scanner() {
        return new InboxScanner(inbox, SETTLE, clock);
    }

    private static List<String> names(List<InboxFile> files) {
        return files.stream().map(InboxFile::name).toList();
    }

    @Test
    void holdsBackAFileUntilItIsUnchangedForTheSettleTime() throws IOException {
        Files.writeString(inbox.resolve("a.txt"), "新闻");
        InboxScanner scanner = scanner();

        assertThat(scanner.scan()).isEmpty();
        clock.advance(Duration.ofMillis(299));
        assertThat(scanner.scan()).isEmpty();
        clock.advance(Duration.ofMillis(1));
        assertThat(names(scanner.scan())).containsExactly("a.txt");
    }

    @Test
    void restartsTheSettleTimeWhenAFileGrows() throws IOException {
        Path file = inbox.resolve("a.txt");
        Files.writeString(file, "新");
        InboxScanner scanner = scanner();
        scanner.scan();
        clock.advance(Duration.ofMillis(200));
        Files.writeString(file, "新闻");

        assertThat(scanner.scan()).isEmpty();
        clock.advance(Duration.ofMillis(200));
        assertThat(scanner.scan()).isEmpty();
        clock.advance(Duration.ofMillis(100));
        assertThat(scanner.scan()).singleElement().extracting(InboxFile::sizeBytes).isEqualTo(6L);
    }

    @Test
    void restartsTheSettleTimeWhenOnlyTheModificationTimeChanges() throws IOException {
        Path file = inbox.resolve("a.txt");
        Files.writeString(file, "新闻");
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2025-03-01T07:00:00Z")));
        InboxScanner scanner = scanner();
        scanner.scan();
        clock.advance(Duration.ofMillis(200));
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2025-03-01T07:59:00Z")));

        assertThat(scanner.scan()).isEmpty();
        clock.advance(Duration.ofMillis(300));
        assertThat(names(scanner.scan())).containsExactly("a.txt");
    }

    @Test
    void returnsFilesPresentBeforeTheFirstScanAfterTheSettleTime() throws IOException {
        Files.writeString(inbox.resolve("old.txt"), "旧闻");
        InboxScanner scanner = new InboxScanner(inbox, Duration.ZERO, clock);

        assertThat(names(scanner.scan())).containsExactly("old.txt");
    }

    @Test
    void ignoresHiddenAndTemporaryFiles() throws IOException {
        for (String name : List.of(".hidden.txt", "a.txt.part", "b.tmp", "c.crdownload", "d.txt~", ".d.txt.swp",
                "e.swp", "ok.txt")) {
            Files.writeString(inbox.resolve(name), "新闻");
        }
        InboxScanner scanner = new InboxScanner(inbox, Duration.ZERO, clock);

        assertThat(names(scanner.scan())).containsExactly("ok.txt");
    }

    @Test
    void walksSubFoldersButNotHiddenOnes() throws IOException {
        Files.createDirectories(inbox.resolve("2025/03"));
        Files.createDirectories(inbox.resolve(".staging"));
        Files.writeString(inbox.resolve("2025/03/a.txt"), "新闻");
        Files.writeString(inbox.resolve(".staging/b.txt"), "新闻");
        Files.writeString(inbox.resolve("c.txt"), "新闻");
        InboxScanner scanner = new InboxScanner(inbox, Duration.ZERO, clock);

        assertThat(names(scanner.scan())).containsExactly("2025/03/a.txt", "c.txt");
    }

    @Test
    void listsLinksToFilesAndFoldersOutsideTheInboxWithoutFollowingThem(@TempDir Path elsewhere) throws IOException {
        Path outsideFile = Files.writeString(elsewhere.resolve("outside.txt"), "新闻");
        Files.createDirectories(elsewhere.resolve("folder"));
        Files.writeString(elsewhere.resolve("folder/inner.txt"), "新闻");
        Files.createSymbolicLink(inbox.resolve("link.txt"), outsideFile);
        Files.createSymbolicLink(inbox.resolve("linked-folder"), elsewhere.resolve("folder"));
        Files.writeString(inbox.resolve("real.txt"), "新闻");
        InboxScanner scanner = new InboxScanner(inbox, Duration.ZERO, clock);

        assertThat(names(scanner.scan())).containsExactly("real.txt");
        assertThat(names(scanner.outsideLinks())).containsExactly("link.txt", "linked-folder");
    }

    @Test
    void skipsWithoutRejectingLinksThatPointInsideTheInbox() throws IOException {
        Files.writeString(inbox.resolve("real.txt"), "新闻");
        Files.createSymbolicLink(inbox.resolve("alias.txt"), inbox.resolve("real.txt"));
        Files.createSymbolicLink(inbox.resolve("self"), Path.of("."));
        InboxScanner scanner = new InboxScanner(inbox, Duration.ZERO, clock);

        assertThat(names(scanner.scan())).containsExactly("real.txt");
        assertThat(scanner.outsideLinks()).isEmpty();
    }

    @Test
    void followsAnInboxThatIsItselfASymbolicLink(@TempDir Path elsewhere) throws IOException {
        Path realInbox = Files.createDirectories(elsewhere.resolve("real-inbox"));
        Files.writeString(realInbox.resolve("a.txt"), "新闻");
        Path linkedInbox = Files.createSymbolicLink(inbox.resolve("inbox-link"), realInbox);

        assertThat(names(new InboxScanner(linkedInbox, Duration.ZERO, clock).scan())).containsExactly("a.txt");
    }

    @Test
    void handlesChineseNamesWithSpaces() throws IOException {
        Files.createDirectories(inbox.resolve("四川 新闻"));
        Files.writeString(inbox.resolve("四川 新闻/广元 全会 报道.txt"), "新闻");
        InboxScanner scanner = new InboxScanner(inbox, Duration.ZERO, clock);

        assertThat(names(scanner.scan())).containsExactly("四川 新闻/广元 全会 报道.txt");
    }

    @Test
    void countsFilesStillSettlingAsWaiting() throws IOException {
        Files.writeString(inbox.resolve("a.txt"), "新闻");
        Files.writeString(inbox.resolve("b.txt"), "新闻");
        InboxScanner scanner = scanner();

        scanner.scan();

        assertThat(scanner.waitingCount()).isEqualTo(2);
    }

    @Test
    void forgetsFilesThatLeftTheInbox() throws IOException {
        Path file = Files.writeString(inbox.resolve("a.txt"), "新闻");
        InboxScanner scanner = scanner();
        scanner.scan();
        Files.delete(file);

        scanner.scan();

        assertThat(scanner.waitingCount()).isZero();
    }

    @Test
    void takesAtOnceAFileLastModifiedMoreThanTheQuietAgeBeforeItWasFirstSeen() throws IOException {
        Path file = Files.writeString(inbox.resolve("renamed.txt"), "新闻");
        Files.setLastModifiedTime(file, FileTime.from(clock.instant().minus(InboxScanner.QUIET_AGE)));

        assertThat(names(scanner().scan())).containsExactly("renamed.txt");
    }

    @Test
    void holdsBackAFileModifiedJustUnderTheQuietAgeBeforeItWasFirstSeen() throws IOException {
        Path file = Files.writeString(inbox.resolve("fresh.txt"), "新闻");
        Files.setLastModifiedTime(file,
                FileTime.from(clock.instant().minus(InboxScanner.QUIET_AGE).plusMillis(1)));
        InboxScanner scanner = scanner();

        assertThat(scanner.scan()).isEmpty();
        clock.advance(SETTLE);
        assertThat(names(scanner.scan())).containsExactly("fresh.txt");
    }

    @Test
    void tellsWhenTheNextFileSeenWillHaveSettled() throws IOException {
        Path first = Files.writeString(inbox.resolve("a.txt"), "新闻");
        Files.setLastModifiedTime(first, FileTime.from(clock.instant()));
        InboxScanner scanner = scanner();
        scanner.scan();
        Instant firstSeen = clock.instant();
        clock.advance(Duration.ofMillis(120));
        Path second = Files.writeString(inbox.resolve("b.txt"), "新闻");
        Files.setLastModifiedTime(second, FileTime.from(clock.instant()));
        scanner.scan();

        assertThat(scanner.nextSettledAt()).isEqualTo(firstSeen.plus(SETTLE));
        clock.advance(Duration.ofMillis(180));
        assertThat(names(scanner.scan())).containsExactly("a.txt");
        assertThat(scanner.nextSettledAt()).isEqualTo(firstSeen.plusMillis(120).plus(SETTLE));
        clock.advance(Duration.ofMillis(120));
        scanner.scan();
        assertThat(scanner.nextSettledAt()).isNull();
    }

    @Test
    void stillTellsASettleTimeThatPassedSinceTheLastScan() throws IOException {
        Path file = Files.writeString(inbox.resolve("a.txt"), "新闻");
        Files.setLastModifiedTime(file, FileTime.from(clock.instant()));
        InboxScanner scanner = scanner();
        scanner.scan();
        Instant seen = clock.instant();

        clock.advance(SETTLE.multipliedBy(2));

        assertThat(scanner.nextSettledAt()).isEqualTo(seen.plus(SETTLE));
    }

    @Test
    void listsTheFoldersItWalkedButNotHiddenOnes() throws IOException {
        Files.createDirectories(inbox.resolve("2025/03"));
        Files.createDirectories(inbox.resolve(".staging/x"));
        InboxScanner scanner = scanner();

        scanner.scan();

        Path root = inbox.toRealPath();
        assertThat(scanner.folders()).containsExactlyInAnyOrder(root, root.resolve("2025"), root.resolve("2025/03"));
    }
}
