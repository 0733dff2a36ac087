package io.newsmonitor.local.compose;

import io.newsmonitor.local.kafka.KafkaToolScripts;
import io.newsmonitor.local.kafka.ManagedProcess;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A one-shot service of the compose file on the {@code apache/kafka} image (such as the topics job), or a command
 * such as a healthcheck, run here as written: its {@code entrypoint} and {@code command} as one command line, with
 * the image's {@code /opt/kafka/bin/}
 * replaced by {@link KafkaToolScripts} that run the same tools.
 *
 * @param exitCode the job's exit code
 * @param log what it printed
 * @param took how long it ran
 */
public record ComposeJob(int exitCode, String log, Duration took) {

    private static final String IMAGE_BIN = "/opt/kafka/bin/";

    /** Runs {@code service} with {@code environment} in {@code workDir}; fails if it runs longer than {@code timeout}. */
    public static ComposeJob run(ComposeService service, Map<String, String> environment, Path workDir,
            Duration timeout) {
        List<String> command = concat(service.entrypoint(), service.command());
        if (command.isEmpty()) {
            throw new IllegalArgumentException(service.name() + " has neither entrypoint nor command to run");
        }
        return run(service.name(), command, environment, workDir, timeout);
    }

    /**
     * Runs {@code command} of the image (a healthcheck, say) called {@code name}, with {@code environment} in
     * {@code workDir}; fails if it runs longer than {@code timeout}.
     */
    public static ComposeJob run(String name, List<String> command, Map<String, String> environment, Path workDir,
            Duration timeout) {
        Path bin = KafkaToolScripts.writeTo(workDir.resolve("bin")).toAbsolutePath();
        List<String> local = command.stream().map(word -> word.replace(IMAGE_BIN, bin + "/")).toList();
        Instant began = Instant.now();
        ManagedProcess job = ManagedProcess.start(name, local, workDir, environment, workDir.resolve(name + ".log"));
        if (!job.awaitExit(timeout)) {
            throw new IllegalStateException(name + " ran over " + timeout.toSeconds() + " s:\n" + job.logTail(30));
        }
        return new ComposeJob(job.exitValue(), job.logTail(200), Duration.between(began, Instant.now()));
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
