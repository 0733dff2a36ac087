package io.newsmonitor.local.compose;

import io.newsmonitor.local.kafka.KafkaImageNode;
import io.newsmonitor.local.kafka.LocalKafkaCluster;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The Kafka side of one compose profile run on this machine without Docker: its {@code apache/kafka} services
 * become {@link KafkaImageNode}s with their environment as the file writes it, except for the addresses, moved onto
 * free loopback ports ({@link LoopbackAddresses}), and {@code KAFKA_LOG_DIRS}, moved into a folder of the test.
 * Other services' address lists ({@code KAFKA_BOOTSTRAP_SERVERS=kafka-1:29092,...}) are moved the same way.
 */
public final class ComposeKafkaProfile {

    /** The variables of the image's environment that hold addresses. */
    private static final String ADVERTISED = "KAFKA_ADVERTISED_LISTENERS";
    private static final List<String> ADDRESS_VARIABLES =
            List.of("KAFKA_LISTENERS", ADVERTISED, "KAFKA_CONTROLLER_QUORUM_VOTERS");
    /** A value that is only a list of addresses, such as a bootstrap list. */
    private static final Pattern ADDRESS_LIST = Pattern.compile("[A-Za-z0-9.\\-]+:\\d+(,[A-Za-z0-9.\\-]+:\\d+)*");

    private final List<ComposeService> brokers;
    private final LoopbackAddresses addresses;

    private ComposeKafkaProfile(List<ComposeService> brokers, LoopbackAddresses addresses) {
        this.brokers = brokers;
        this.addresses = addresses;
    }

    /** The Kafka nodes of {@code profile}: its services that set {@code KAFKA_PROCESS_ROLES}. */
    public static ComposeKafkaProfile of(ComposeFile file, String profile) {
        List<ComposeService> brokers = file.servicesOf(profile).stream()
                .filter(s -> s.environment().containsKey("KAFKA_PROCESS_ROLES"))
                .toList();
        if (brokers.isEmpty()) {
            throw new IllegalArgumentException("Profile " + profile + " has no Kafka service (none sets KAFKA_PROCESS_ROLES)");
        }
        return new ComposeKafkaProfile(brokers, LoopbackAddresses.forListeners(brokers, "KAFKA_LISTENERS"));
    }

    public List<ComposeService> brokers() {
        return brokers;
    }

    public LoopbackAddresses addresses() {
        return addresses;
    }

    /** The environment the image of {@code broker} gets here: the file's, with addresses and log dirs moved. */
    public Map<String, String> brokerEnvironment(ComposeService broker, Path logDirs) {
        Map<String, String> environment = new LinkedHashMap<>(broker.environment());
        for (String variable : ADDRESS_VARIABLES) {
            if (environment.containsKey(variable)) {
                String value = environment.get(variable);
                environment.put(variable, variable.equals(ADVERTISED) ? addresses.rewriteForHost(value, broker)
                        : addresses.rewrite(value, broker));
            }
        }
        broker.env("KAFKA_LOG_DIRS");
        environment.put("KAFKA_LOG_DIRS", logDirs.toAbsolutePath().toString());
        return environment;
    }

    /**
     * The nodes, each keeping its files in {@code dataDir/<service>}, as a cluster whose clients bootstrap from the
     * ports the services publish on the Docker host ({@code localhost:9092,...}), as a user's tools there would.
     */
    public LocalKafkaCluster cluster(Path dataDir, int maxHeapMb) {
        List<KafkaImageNode> nodes = new ArrayList<>();
        List<String> published = new ArrayList<>();
        for (ComposeService broker : brokers) {
            Path dir = dataDir.resolve(broker.name());
            nodes.add(new KafkaImageNode(broker.name(), brokerEnvironment(broker, dir.resolve("data")), dir, maxHeapMb));
            for (String mapping : broker.ports()) {
                String[] parts = mapping.split(":");
                published.add("localhost:" + parts[parts.length - 2]);
            }
        }
        if (published.isEmpty()) {
            throw new IllegalArgumentException("No Kafka service of the profile publishes a port to the Docker host");
        }
        return new LocalKafkaCluster(nodes, addresses.rewriteForHost(String.join(",", published), brokers.get(0)));
    }

    /**
     * The command line of {@code broker}'s healthcheck, with its addresses as seen inside its container
     * ({@code localhost:29092} is the node's own listener); {@code CMD-SHELL} runs in {@code /bin/sh -c}.
     */
    public List<String> healthcheck(ComposeService broker) {
        List<String> test = broker.healthcheck();
        if (test.isEmpty() || test.get(0).equals("NONE")) {
            throw new IllegalArgumentException(broker.name() + " has no healthcheck, so nothing waits for it to be ready");
        }
        List<String> command = new ArrayList<>();
        if (test.get(0).equals("CMD-SHELL")) {
            command.addAll(List.of("/bin/sh", "-c"));
        }
        test.subList(1, test.size()).forEach(word -> command.add(addresses.rewrite(word, broker)));
        return command;
    }

    /** The environment of another service of the profile, with each variable that lists addresses moved. */
    public Map<String, String> environment(ComposeService service) {
        Map<String, String> environment = new LinkedHashMap<>();
        service.environment().forEach((variable, value) -> environment.put(variable,
                ADDRESS_LIST.matcher(value).matches() ? addresses.rewrite(value, service) : value));
        return environment;
    }
}
