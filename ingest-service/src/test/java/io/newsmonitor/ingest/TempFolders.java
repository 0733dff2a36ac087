package io.newsmonitor.ingest;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/** Points the inbox, processed, rejected and state folders at a fresh temporary folder, deleted when the tests end. */
public final class TempFolders implements QuarkusTestResourceLifecycleManager {

    private Path root;

    @Override
    public Map<String, String> start() {
        try {
            root = Files.createTempDirectory("ingest-test-");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a temporary folder for the ingest tests", e);
        }
        return Map.of(
                "ingest.inbox-dir", root.resolve("inbox").toString(),
                "ingest.processed-dir", root.resolve("processed").toString(),
                "ingest.rejected-dir", root.resolve("rejected").toString(),
                "ingest.state-dir", root.resolve("state").toString(),
                "ingest.poll-interval", "50ms",
                "ingest.settle-time", "100ms",
                "ingest.publish-timeout", "5s",
                "ingest.max-file-size-mb", "1");
    }

    @Override
    public void stop() {
        if (root == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete the temporary folder " + root, e);
        }
    }
}
