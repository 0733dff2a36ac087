package io.newsmonitor.ingest;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/** Points the inbox, processed, rejected and state folders at a fresh temporary folder, deleted when the tests end. */
public final class TempFolders implements QuarkusTestResourceLifecycleManager {

    private Path root;

    @Override
    public Map<String, String> start() {
        root = createRoot("ingest-test-");
        Map<String, String> properties = new HashMap<>(folderProperties(root));
        properties.put("ingest.poll-interval", "50ms");
        properties.put("ingest.settle-time", "100ms");
        properties.put("ingest.publish-timeout", "5s");
        properties.put("ingest.max-file-size-mb", "1");
        return properties;
    }

    @Override
    public void stop() {
        deleteRecursively(root);
    }

    /** Creates a fresh temporary folder whose name starts with {@code prefix}. */
    public static Path createRoot(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a temporary folder for the ingest tests", e);
        }
    }

    /** The inbox, processed, rejected and state folders of the service, all below {@code root}. */
    public static Map<String, String> folderProperties(Path root) {
        return Map.of(
                "ingest.inbox-dir", root.resolve("inbox").toString(),
                "ingest.processed-dir", root.resolve("processed").toString(),
                "ingest.rejected-dir", root.resolve("rejected").toString(),
                "ingest.state-dir", root.resolve("state").toString());
    }

    /** Deletes {@code root} and everything below it; does nothing for null. */
    public static void deleteRecursively(Path root) {
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
