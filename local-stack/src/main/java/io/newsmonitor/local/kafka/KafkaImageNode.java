package io.newsmonitor.local.kafka;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * One Kafka node configured the way the {@code apache/kafka} Docker image configures itself: from its environment
 * variables, by the image's own setup program ({@code kafka.docker.KafkaDockerWrapper setup}, shipped in the Kafka
 * jar), which writes {@code server.properties} ({@code KAFKA_FOO_BAR} becomes {@code foo.bar}) and formats the
 * storage with {@code CLUSTER_ID}. Each start runs the setup again, as a container restart does; storage that is
 * already formatted is kept, as the image's launch script keeps it.
 */
public final class KafkaImageNode {

    private static final Duration SETUP_TIMEOUT = Duration.ofSeconds(90);
    private static final String LOG4J = String.join("\n",
            "Configuration:",
            "  Appenders:",
            "    Console:",
            "      name: STDOUT",
            "      PatternLayout:",
            "        pattern: \"[%d{ISO8601}] %-5p %m (%c{1})%n\"",
            "  Loggers:",
            "    Root:",
            "      level: INFO",
            "      AppenderRef:",
            "        - ref: STDOUT",
            "    Logger:",
            "      - name: state.change.logger",
            "        level: WARN",
            "      - name: kafka.request.logger",
            "        level: WARN",
            "");

    private final String name;
    private final Map<String, String> environment;
    private final Path dir;
    private final int maxHeapMb;
    private ManagedProcess process;

    /**
     * A node called {@code name} (its compose service) with the image's {@code environment}, keeping its
     * configuration, storage and log under {@code dir}.
     */
    public KafkaImageNode(String name, Map<String, String> environment, Path dir, int maxHeapMb) {
        this.name = name;
        this.environment = Map.copyOf(environment);
        this.dir = dir.toAbsolutePath();
        this.maxHeapMb = maxHeapMb;
    }

    public String name() {
        return name;
    }

    /** {@code KAFKA_NODE_ID}. */
    public int nodeId() {
        return Integer.parseInt(environment.getOrDefault("KAFKA_NODE_ID", "-1").trim());
    }

    /** The {@code server.properties} the image's setup wrote from the environment. */
    public Path serverProperties() {
        return dir.resolve("config").resolve("server.properties");
    }

    public Path logFile() {
        return dir.resolve("kafka.log");
    }

    /** Runs the image's setup, then starts the broker; does not wait for it, since a quorum needs its peers. */
    public void start() {
        if (isRunning()) {
            throw new IllegalStateException(name + " is already running (pid " + pid() + ")");
        }
        setup();
        Path config = dir.resolve("config");
        process = ManagedProcess.start(name, JavaCommand.forMainClass(
                List.of("-Xms128m", "-Xmx" + maxHeapMb + "m", "-XX:+UseG1GC", "-Djava.awt.headless=true",
                        "-Dlog4j2.configurationFile=" + config.resolve("log4j2.yaml").toUri()),
                BrokerClassPath.fromRunningJvm(), "kafka.Kafka", List.of(serverProperties().toString())),
                dir, environment, logFile());
    }

    /** Kills the node at once (SIGKILL), as a crash would. */
    public void kill() {
        if (process != null) {
            process.kill();
        }
    }

    /** Stops the node gracefully (controlled shutdown); kills it after 30 s. */
    public void stop() {
        if (process != null) {
            process.stop(30);
        }
    }

    public boolean isRunning() {
        return process != null && process.isAlive();
    }

    public long pid() {
        return process == null ? -1 : process.pid();
    }

    /** Why the node is not running, with the end of its log; for failure messages. */
    public String exitReport() {
        String state = process == null ? "not started" : process.isAlive() ? "running" : "exit " + process.exitValue();
        return name + " (" + state + "), last lines of " + logFile() + ":\n"
                + (process == null ? "" : process.logTail(30));
    }

    private void setup() {
        Path defaults = writeDefaults();
        ManagedProcess setup = ManagedProcess.start(name + "-setup", JavaCommand.forMainClass(
                List.of("-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                        "-Dlog4j2.configurationFile=" + defaults.resolve("tools-log4j2.yaml").toUri()),
                BrokerClassPath.fromRunningJvm(), "kafka.docker.KafkaDockerWrapper",
                List.of("setup", "--default-configs-dir", defaults.toString(),
                        "--mounted-configs-dir", dir.resolve("mounted").toString(),
                        "--final-configs-dir", dir.resolve("config").toString())),
                dir, environment, dir.resolve("setup.log"));
        if (!setup.awaitExit(SETUP_TIMEOUT)) {
            throw new IllegalStateException("The image setup of " + name + " took over " + SETUP_TIMEOUT.toSeconds()
                    + " s:\n" + setup.logTail(20));
        }
        // The image's launch script, too, goes on when the only complaint is storage formatted by an earlier start.
        if (setup.exitValue() != 0 && !setup.logTail(5).contains("is already formatted")) {
            throw new IllegalStateException("The image setup of " + name + " failed (exit " + setup.exitValue()
                    + "); its environment is " + environment + ":\n" + setup.logTail(20));
        }
    }

    private Path writeDefaults() {
        Path defaults = dir.resolve("defaults");
        try {
            Files.createDirectories(defaults);
            Files.createDirectories(dir.resolve("mounted"));
            Files.createDirectories(dir.resolve("config"));
            Files.writeString(defaults.resolve("server.properties"), "", StandardCharsets.UTF_8);
            Files.writeString(defaults.resolve("log4j2.yaml"), LOG4J, StandardCharsets.UTF_8);
            Files.writeString(defaults.resolve("tools-log4j2.yaml"), LOG4J.replace("level: INFO", "level: WARN"),
                    StandardCharsets.UTF_8);
            return defaults;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the image defaults of " + name + " under " + defaults
                    + ": check that the folder is writable", e);
        }
    }
}
