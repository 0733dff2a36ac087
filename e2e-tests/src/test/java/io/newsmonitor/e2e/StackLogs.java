package io.newsmonitor.e2e;

import io.newsmonitor.local.stack.StackSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/** Keeps the logs of a test's stack in {@code target/stack-logs/<test>/}, since its data folder is deleted. */
final class StackLogs {

    private StackLogs() {
    }

    static void keep(StackSettings settings, String test) throws IOException {
        Path target = Path.of("target", "stack-logs", test);
        Files.createDirectories(target);
        try (Stream<Path> logs = Files.list(settings.logsDir())) {
            for (Path log : logs.toList()) {
                Files.copy(log, target.resolve(log.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Path broker = settings.dataDir().resolve("kafka").resolve("broker.log");
        if (Files.exists(broker)) {
            Files.copy(broker, target.resolve("broker.log"), StandardCopyOption.REPLACE_EXISTING);
        }
        System.out.println("[stack] Logs kept in " + target.toAbsolutePath());
    }
}
