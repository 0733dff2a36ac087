package io.newsmonitor.local.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LeftoverProcessesTest {

    @TempDir
    Path dir;

    @Test
    void stopsARecordedProcessThatOutlivedItsLauncherAndForgetsTheList() throws Exception {
        Process orphan = new ProcessBuilder("sleep", "300").start();
        LeftoverProcesses leftovers = new LeftoverProcesses(dir.resolve("stack.pids"));
        leftovers.record("nlp-service", orphan.pid());

        var stopped = new LeftoverProcesses(dir.resolve("stack.pids")).stopAll(Duration.ofSeconds(5));

        assertThat(stopped).containsExactly("nlp-service (pid " + orphan.pid() + ")");
        assertThat(orphan.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(Files.exists(dir.resolve("stack.pids"))).isFalse();
    }

    @Test
    void leavesAProcessAloneWhenItsStartTimeDoesNotMatchAReusedPid() throws Exception {
        Process stranger = new ProcessBuilder("sleep", "300").start();
        try {
            Files.writeString(dir.resolve("stack.pids"), stranger.pid() + "\t12345\tkafka\n");

            var stopped = new LeftoverProcesses(dir.resolve("stack.pids")).stopAll(Duration.ofSeconds(5));

            assertThat(stopped).isEmpty();
            assertThat(stranger.isAlive()).isTrue();
        } finally {
            stranger.destroyForcibly();
        }
    }

    @Test
    void skipsProcessesThatHaveAlreadyExited() throws IOException, InterruptedException {
        Process done = new ProcessBuilder("true").start();
        LeftoverProcesses leftovers = new LeftoverProcesses(dir.resolve("stack.pids"));
        leftovers.record("ingest-service", done.pid());
        done.waitFor();

        assertThat(leftovers.stopAll(Duration.ofSeconds(5))).isEmpty();
    }
}
