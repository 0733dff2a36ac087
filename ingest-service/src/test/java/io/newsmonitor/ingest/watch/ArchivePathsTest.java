package io.newsmonitor.ingest.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchivePathsTest {

    private static final LocalDate DAY = LocalDate.of(2025, 3, 1);

    @TempDir
    Path root;

    @Test
    void putsProcessedFilesInADateFolderKeepingTheirRelativePath() {
        Path target = ArchivePaths.processed(root, DAY, Path.of("四川 新闻", "广元 报道.txt"));

        assertThat(root.relativize(target)).isEqualTo(Path.of("2025-03-01", "四川 新闻", "广元 报道.txt"));
    }

    @Test
    void addsANumericSuffixBeforeTheExtensionWhenTheNameIsTaken() throws IOException {
        Files.createDirectories(root.resolve("2025-03-01"));
        Files.writeString(root.resolve("2025-03-01/报道.txt"), "一");
        Files.writeString(root.resolve("2025-03-01/报道-1.txt"), "二");

        Path target = ArchivePaths.processed(root, DAY, Path.of("报道.txt"));

        assertThat(target).isEqualTo(root.resolve("2025-03-01/报道-2.txt"));
    }

    @Test
    void addsTheSuffixAtTheEndOfANameWithoutExtension() {
        assertThat(ArchivePaths.withSuffix(Path.of("a", "README"), 3)).isEqualTo(Path.of("a", "README-3"));
    }

    @Test
    void putsRejectedFilesUnderTheirRelativePath() {
        assertThat(ArchivePaths.rejected(root, Path.of("sub", "empty.txt"))).isEqualTo(root.resolve("sub/empty.txt"));
    }

    @Test
    void avoidsARejectedNameWhoseErrorNoteIsTaken() throws IOException {
        Files.writeString(root.resolve("empty.txt.error.txt"), "old note");

        assertThat(ArchivePaths.rejected(root, Path.of("empty.txt"))).isEqualTo(root.resolve("empty-1.txt"));
    }

    @Test
    void namesTheErrorNoteAfterTheRejectedFile() {
        assertThat(ArchivePaths.errorNote(Path.of("rejected", "空.txt"))).isEqualTo(Path.of("rejected", "空.txt.error.txt"));
    }
}
