package io.newsmonitor.ingest.watch;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Where processed and rejected files go. Nothing is ever overwritten: when the name is taken, a
 * numeric suffix is added before the extension ({@code 报道.txt}, {@code 报道-1.txt}, {@code 报道-2.txt}).
 */
public final class ArchivePaths {

    /** The ending of the note written next to a rejected file. */
    public static final String ERROR_NOTE_ENDING = ".error.txt";

    private ArchivePaths() {
    }

    /** {@code processed/YYYY-MM-DD/<relative path>}, with a suffix if that name is taken. */
    public static Path processed(Path processedDir, LocalDate day, Path relative) {
        return free(processedDir.resolve(day.toString()).resolve(relative), false);
    }

    /** {@code rejected/<relative path>}, with a suffix if that name or its error note is taken. */
    public static Path rejected(Path rejectedDir, Path relative) {
        return free(rejectedDir.resolve(relative), true);
    }

    /** The note that explains why {@code rejectedFile} was rejected. */
    public static Path errorNote(Path rejectedFile) {
        return rejectedFile.resolveSibling(rejectedFile.getFileName() + ERROR_NOTE_ENDING);
    }

    static Path free(Path wanted, boolean withErrorNote) {
        Path candidate = wanted;
        for (int suffix = 1; taken(candidate, withErrorNote); suffix++) {
            candidate = withSuffix(wanted, suffix);
        }
        return candidate;
    }

    static Path withSuffix(Path path, int suffix) {
        String name = path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String suffixed = dot > 0
                ? name.substring(0, dot) + "-" + suffix + name.substring(dot)
                : name + "-" + suffix;
        return path.resolveSibling(suffixed);
    }

    private static boolean taken(Path path, boolean withErrorNote) {
        return Files.exists(path, LinkOption.NOFOLLOW_LINKS)
                || withErrorNote && Files.exists(errorNote(path), LinkOption.NOFOLLOW_LINKS);
    }
}
