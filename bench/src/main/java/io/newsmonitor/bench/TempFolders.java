package io.newsmonitor.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Clean-up of the temporary folders a benchmark runs its broker and services in. */
final class TempFolders {

    private TempFolders() {
    }

    /** Deletes {@code folder} and everything in it, as far as it can: a file still held open stays behind. */
    static void delete(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }
}
