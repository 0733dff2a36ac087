package io.newsmonitor.local.stack;

import io.newsmonitor.local.kafka.BrokerSettings;
import io.newsmonitor.local.kafka.FreePorts;
import io.newsmonitor.local.kafka.LocalKafkaBroker;
import io.newsmonitor.local.kafka.TopicSetup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;

/**
 * The whole system on one machine: a real Kafka broker and the three services, each in its own
 * process. {@code ./run.sh} and the end-to-end tests both use this class.
 */
public final class NewsMonitorStack implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);
    /** Start order: consumers first, so the first article ingested finds them listening. */
    private static final List<Service> START_ORDER = List.of(Service.QUERY, Service.NLP, Service.INGEST);
    /** Stop order: stop taking input first, then let enrichment and the view finish. */
    private static final List<Service> STOP_ORDER = List.of(Service.INGEST, Service.NLP, Service.QUERY);

    private final StackSettings settings;
    private final Consumer<String> progress;
    private final LocalKafkaBroker broker;
    private final Map<Service, ServiceProcess> services = new EnumMap<>(Service.class);
    private final Map<String, ServiceProcess> extraInstances = new LinkedHashMap<>();
    private final Map<Service, Map<String, String>> extraEnvironment = new EnumMap<>(Service.class);
    private final LeftoverProcesses started;
    private String externalBootstrap;

    public NewsMonitorStack(StackSettings settings, Consumer<String> progress) {
        this.settings = settings;
        this.progress = progress;
        this.broker = new LocalKafkaBroker(new BrokerSettings(settings.dataDir().resolve("kafka"),
                settings.kafkaPort(), settings.controllerPort(), 512));
        this.started = new LeftoverProcesses(settings.dataDir().resolve("stack.pids"));
    }

    public StackSettings settings() {
        return settings;
    }

    public LocalKafkaBroker broker() {
        return broker;
    }

    /**
     * Sets an environment variable for every process of one service started from now on (an API token,
     * a tuning setting), on top of the variables the stack sets itself. Returns this stack.
     */
    public NewsMonitorStack withEnvironment(Service service, String name, String value) {
        extraEnvironment.computeIfAbsent(service, s -> new HashMap<>()).put(name, value);
        return this;
    }

    /**
     * Has the services use the Kafka cluster at {@code bootstrapServers}, whose topics exist, instead of a broker of
     * this stack: {@link #start()} then starts the services only. Returns this stack.
     */
    public NewsMonitorStack usingKafka(String bootstrapServers) {
        this.externalBootstrap = bootstrapServers;
        return this;
    }

    /** Starts the broker, creates the topics, starts the services and, on a fresh data folder, seeds the inbox. */
    public NewsMonitorStack start() {
        createDataFolders();
        for (String leftover : started.stopAll(Duration.ofSeconds(20))) {
            progress.accept("Stopped " + leftover + ", left running by an earlier run that did not stop cleanly.");
        }
        for (Service service : Service.values()) {
            requireFreePort(service);
        }
        long began = System.nanoTime();
        if (externalBootstrap == null) {
            startBrokerWithTopics();
        } else {
            progress.accept("Using the Kafka cluster at " + externalBootstrap + ".");
        }
        for (Service service : START_ORDER) {
            startService(service);
        }
        for (Service service : START_ORDER) {
            services.get(service).awaitReady(READY_TIMEOUT);
            progress.accept(service.module() + " is ready on port " + settings.httpPort(service) + ".");
        }
        int seeded = DemoSeeds.seedOnce(settings.seedsDir(), settings.inboxDir(), settings.dataDir());
        if (seeded > 0) {
            progress.accept("Copied " + seeded + " demo articles into " + settings.inboxDir().toAbsolutePath() + ".");
        }
        progress.accept(String.format("All parts are up in %.1f s.", (System.nanoTime() - began) / 1e9));
        return this;
    }

    /** Starts (or restarts after {@link #kill}) one service and waits until it is ready. */
    public void startAndAwait(Service service) {
        startService(service);
        services.get(service).awaitReady(READY_TIMEOUT);
    }

    /** Kills one service at once (SIGKILL), as a crash would. */
    public void kill(Service service) {
        ServiceProcess process = services.remove(service);
        if (process != null) {
            process.process().kill();
        }
    }

    /** The pid of a running service, or -1. */
    public long pid(Service service) {
        ServiceProcess process = services.get(service);
        return process == null ? -1 : process.process().pid();
    }

    /** Services that have exited although nobody stopped them. */
    public List<String> exitedServices() {
        return services.values().stream()
                .filter(s -> !s.process().isAlive())
                .map(s -> s.service().module() + " (exit " + s.process().exitValue() + ", see "
                        + s.process().logFile() + ")")
                .toList();
    }

    /**
     * Starts one more instance of a service on a free port, in the same consumer group as the first,
     * waits until it is ready and returns its base URL. Stopped by {@link #stop()} before the others.
     */
    public String startExtraInstance(Service service) {
        if (service == Service.INGEST) {
            throw new IllegalArgumentException("An inbox has one reader: start another ingest-service with its own inbox");
        }
        int port = FreePorts.pick(1)[0];
        String name = service.module() + "-" + (extraInstances.size() + 2);
        ServiceProcess process = launch(service, port, name);
        extraInstances.put(name, process);
        process.awaitReady(READY_TIMEOUT);
        progress.accept(name + " is ready on port " + port + ".");
        return "http://localhost:" + port;
    }

    /** The pid of each extra instance started with {@link #startExtraInstance}, by name (nlp-service-2...). */
    public Map<String, Long> extraInstancePids() {
        Map<String, Long> pids = new LinkedHashMap<>();
        extraInstances.forEach((name, process) -> pids.put(name, process.process().pid()));
        return pids;
    }

    /** Stops the services in order, then the broker. Safe to call more than once. */
    public void stop() {
        for (ServiceProcess extra : extraInstances.values()) {
            if (!extra.process().stop(20)) {
                progress.accept("An extra " + extra.service().module() + " did not stop within 20 s and was killed.");
            }
        }
        extraInstances.clear();
        for (Service service : STOP_ORDER) {
            ServiceProcess process = services.remove(service);
            if (process != null) {
                progress.accept("Stopping " + service.module() + "...");
                if (!process.process().stop(20)) {
                    progress.accept(service.module() + " did not stop within 20 s and was killed.");
                }
            }
        }
        if (broker.isRunning()) {
            progress.accept("Stopping Kafka broker...");
            broker.stop();
        }
        started.clear();
    }

    @Override
    public void close() {
        stop();
    }

    private void startBrokerWithTopics() {
        progress.accept("Starting Kafka broker on " + broker.bootstrapServers() + " (data in "
                + broker.settings().dataDir().toAbsolutePath() + ")");
        broker.start();
        started.record("kafka", broker.pid());
        try (Admin admin = broker.admin()) {
            List<NewTopic> topics = TopicSetup.newsMonitorTopics((short) 1);
            List<String> created = TopicSetup.createMissing(admin, topics);
            progress.accept(created.isEmpty() ? "Topics already present, resuming."
                    : "Created topics " + String.join(", ", created) + ".");
            for (String change : TopicSetup.alignConfigs(admin, topics)) {
                progress.accept("Updated topic configuration: " + change + ".");
            }
        }
    }

    private void startService(Service service) {
        services.put(service, launch(service, settings.httpPort(service), service.module()));
    }

    private ServiceProcess launch(Service service, int port, String name) {
        Map<String, String> env = new HashMap<>();
        env.put("KAFKA_BOOTSTRAP_SERVERS", externalBootstrap == null ? broker.bootstrapServers() : externalBootstrap);
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        env.put("QUARKUS_HTTP_HOST", "127.0.0.1");
        if (service == Service.INGEST) {
            env.put("INGEST_INBOX_DIR", settings.inboxDir().toAbsolutePath().toString());
            env.put("INGEST_PROCESSED_DIR", settings.dataDir().resolve("processed").toAbsolutePath().toString());
            env.put("INGEST_REJECTED_DIR", settings.dataDir().resolve("rejected").toAbsolutePath().toString());
            env.put("INGEST_STATE_DIR", settings.dataDir().resolve("ingest-state").toAbsolutePath().toString());
        }
        if (service == Service.QUERY) {
            String folder = name.equals(service.module()) ? "query" : name;
            env.put("QUERY_DATA_DIR", settings.dataDir().resolve(folder).toAbsolutePath().toString());
        }
        env.putAll(extraEnvironment.getOrDefault(service, Map.of()));
        progress.accept("Starting " + name + " on http://localhost:" + port + " ...");
        ServiceProcess process = ServiceProcess.start(service, settings.serviceJar(service), jvmOptions(service), env,
                settings.dataDir(), settings.logsDir().resolve(name + ".log"), port);
        started.record(name, process.process().pid());
        return process;
    }

    private static List<String> jvmOptions(Service service) {
        String heap = service == Service.NLP ? "-Xmx384m" : "-Xmx256m";
        return List.of("-Xms64m", heap, "-XX:+UseSerialGC", "-Djava.awt.headless=true", "-Dfile.encoding=UTF-8");
    }

    private void requireFreePort(Service service) {
        int port = settings.httpPort(service);
        if (!FreePorts.isFree(port)) {
            throw new IllegalStateException("Port " + port + " for " + service.module() + " is already in use. "
                    + "Stop whatever uses it (an earlier ./run.sh?), or set " + service.portVariable()
                    + " to another port.");
        }
    }

    private void createDataFolders() {
        try {
            Files.createDirectories(settings.inboxDir());
            Files.createDirectories(settings.logsDir());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create the data folder " + settings.dataDir().toAbsolutePath()
                    + ": check that it is writable, or set NEWSMONITOR_DATA to another folder", e);
        }
    }
}
