package io.newsmonitor.local.kafka;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;

/**
 * A real Apache Kafka broker in its own process: KRaft mode, one node acting as broker and controller,
 * listening on 127.0.0.1 only, storing everything under {@link BrokerSettings#dataDir()}. The first start
 * formats the storage; later starts on the same folder resume with the same topics and records.
 */
public final class LocalKafkaBroker implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(90);

    private final BrokerSettings settings;
    private ManagedProcess process;

    public LocalKafkaBroker(BrokerSettings settings) {
        this.settings = settings;
    }

    /**
     * Starts a one-node broker on free loopback ports, storing under {@code dataDir}, with the NewsMonitor topics
     * created (replication factor 1): what integration tests and benchmarks start from. The caller stops it.
     */
    public static LocalKafkaBroker startWithNewsMonitorTopics(Path dataDir) {
        LocalKafkaBroker broker = new LocalKafkaBroker(BrokerSettings.onFreePorts(dataDir)).start();
        try (Admin admin = broker.admin()) {
            TopicSetup.createMissing(admin, TopicSetup.newsMonitorTopics((short) 1));
        } catch (RuntimeException e) {
            broker.stop();
            throw e;
        }
        return broker;
    }

    public BrokerSettings settings() {
        return settings;
    }

    public String bootstrapServers() {
        return settings.bootstrapServers();
    }

    public Path logFile() {
        return settings.dataDir().resolve("broker.log");
    }

    /** Formats the storage if needed, starts the broker and waits until it answers. */
    public LocalKafkaBroker start() {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException("The broker on port " + settings.port() + " is already running");
        }
        requireFreePort(settings.port(), "Kafka");
        requireFreePort(settings.controllerPort(), "the Kafka controller");
        Path dir = settings.dataDir().toAbsolutePath();
        Path config = writeConfiguration(dir);
        Path log4j = writeLoggingConfiguration(dir);
        if (!Files.exists(dir.resolve("logs").resolve("meta.properties"))) {
            format(dir, config, log4j);
        }
        process = ManagedProcess.start("kafka", JavaCommand.forMainClass(jvmOptions(log4j),
                BrokerClassPath.fromRunningJvm(), "kafka.Kafka", List.of(config.toString())), dir, Map.of(), logFile());
        awaitReady();
        return this;
    }

    /** Stops the broker gracefully (controlled shutdown); kills it after 30 s. */
    public void stop() {
        if (process != null) {
            process.stop(30);
        }
    }

    /** Kills the broker at once, as a crash or power loss would. */
    public void kill() {
        if (process != null) {
            process.kill();
        }
    }

    public boolean isRunning() {
        return process != null && process.isAlive();
    }

    public long pid() {
        return process == null ? -1 : process.pid();
    }

    /** An admin client for this broker; the caller closes it. */
    public Admin admin() {
        return adminFor(bootstrapServers());
    }

    /** An admin client for the broker or cluster at {@code bootstrapServers}, with short timeouts; the caller closes it. */
    static Admin adminFor(String bootstrapServers) {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000");
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "10000");
        return Admin.create(props);
    }

    @Override
    public void close() {
        stop();
    }

    private Path writeConfiguration(Path dir) {
        String listeners = "PLAINTEXT://127.0.0.1:" + settings.port() + ",CONTROLLER://127.0.0.1:"
                + settings.controllerPort();
        String properties = String.join("\n",
                "# Written by NewsMonitor's local stack at each start; edits are overwritten.",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@127.0.0.1:" + settings.controllerPort(),
                "listeners=" + listeners,
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + settings.port(),
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT",
                "log.dirs=" + dir.resolve("logs"),
                "num.partitions=1",
                "auto.create.topics.enable=false",
                "offsets.topic.replication.factor=1",
                "offsets.topic.num.partitions=6",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                "log.segment.bytes=67108864",
                "log.cleaner.dedupe.buffer.size=8388608",
                "") ;
        return write(dir.resolve("server.properties"), properties);
    }

    private static Path writeLoggingConfiguration(Path dir) {
        String properties = String.join("\n",
                "status = warn",
                "appender.out.type = Console",
                "appender.out.name = OUT",
                "appender.out.layout.type = PatternLayout",
                "appender.out.layout.pattern = [%d{ISO8601}] %-5p %m (%c{1})%n",
                "rootLogger.level = INFO",
                "rootLogger.appenderRef.out.ref = OUT",
                "logger.state.name = state.change.logger",
                "logger.state.level = WARN",
                "logger.request.name = kafka.request.logger",
                "logger.request.level = WARN",
                "");
        return write(dir.resolve("log4j2.properties"), properties);
    }

    private static Path write(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            return Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + file + ": check that the folder is writable", e);
        }
    }

    private List<String> jvmOptions(Path log4j) {
        return List.of("-Xms128m", "-Xmx" + settings.maxHeapMb() + "m", "-XX:+UseG1GC",
                "-Djava.awt.headless=true", "-Dlog4j2.configurationFile=" + log4j.toUri());
    }

    private void format(Path dir, Path config, Path log4j) {
        String clusterId = Uuid.randomUuid().toString();
        ManagedProcess formatter = ManagedProcess.start("kafka-storage-format",
                JavaCommand.forMainClass(List.of("-Xmx256m", "-Dlog4j2.configurationFile=" + log4j.toUri()),
                        BrokerClassPath.fromRunningJvm(), "kafka.tools.StorageTool",
                        List.of("format", "-t", clusterId, "-c", config.toString())),
                dir, Map.of(), dir.resolve("format.log"));
        if (!formatter.awaitExit(Duration.ofSeconds(60))) {
            throw new IllegalStateException("Formatting the Kafka storage in " + dir + " took over 60 s:\n"
                    + formatter.logTail(20));
        }
        if (formatter.exitValue() != 0) {
            throw new IllegalStateException("Formatting the Kafka storage in " + dir + " failed (exit "
                    + formatter.exitValue() + "):\n" + formatter.logTail(20));
        }
    }

    private void awaitReady() {
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        try (Admin admin = admin()) {
            while (true) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("The Kafka broker exited during start-up (exit "
                            + process.exitValue() + "). Last lines of " + logFile() + ":\n" + process.logTail(30));
                }
                try {
                    if (!admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).isEmpty()) {
                        return;
                    }
                } catch (Exception notYet) {
                    if (Instant.now().isAfter(deadline)) {
                        process.stop(10);
                        throw new IllegalStateException("The Kafka broker did not answer on " + bootstrapServers()
                                + " within " + READY_TIMEOUT.toSeconds() + " s. Last lines of " + logFile() + ":\n"
                                + process.logTail(30), notYet);
                    }
                }
                pause(200);
            }
        }
    }

    private static void requireFreePort(int port, String what) {
        if (!FreePorts.isFree(port)) {
            throw new IllegalStateException("Port " + port + " for " + what + " is already in use on 127.0.0.1. "
                    + "Stop whatever uses it, or choose other ports (KAFKA_PORT, KAFKA_CONTROLLER_PORT).");
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the Kafka broker", e);
        }
    }
}
