package io.newsmonitor.local.stack;

import io.newsmonitor.local.kafka.FreePorts;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Where the local stack finds the built services and keeps its data, and which ports it uses.
 *
 * @param home the repository root, where each service module's {@code target/quarkus-app} is
 * @param dataDir folder for the broker's storage, the inbox, processed and rejected files, and logs
 * @param seedsDir folder of demo articles copied into a fresh inbox, or null for none
 * @param kafkaPort broker client port
 * @param controllerPort broker controller port
 * @param httpPorts HTTP port of each service
 */
public record StackSettings(
        Path home, Path dataDir, Path seedsDir, int kafkaPort, int controllerPort, Map<Service, Integer> httpPorts) {

    public StackSettings {
        Objects.requireNonNull(home, "home");
        Objects.requireNonNull(dataDir, "dataDir");
        httpPorts = Map.copyOf(httpPorts);
        for (Service service : Service.values()) {
            if (!httpPorts.containsKey(service)) {
                throw new IllegalArgumentException("No HTTP port given for " + service.module());
            }
        }
    }

    /** Settings read from environment variables, with the documented defaults. */
    public static StackSettings fromEnvironment(Path home, Function<String, String> env) {
        Map<Service, Integer> ports = new EnumMap<>(Service.class);
        for (Service service : Service.values()) {
            ports.put(service, port(env, service.portVariable(), service.defaultPort()));
        }
        Path data = Path.of(valueOr(env, "NEWSMONITOR_DATA", home.resolve("data").toString()));
        Path seeds = Path.of(valueOr(env, "NEWSMONITOR_SEEDS", home.resolve("seeds").toString()));
        return new StackSettings(home, data, seeds, port(env, "KAFKA_PORT", 9092),
                port(env, "KAFKA_CONTROLLER_PORT", 9093), ports);
    }

    /** Settings on random free ports, for tests. */
    public static StackSettings onFreePorts(Path home, Path dataDir, Path seedsDir) {
        int[] ports = FreePorts.pick(5);
        Map<Service, Integer> http = new EnumMap<>(Service.class);
        http.put(Service.INGEST, ports[2]);
        http.put(Service.NLP, ports[3]);
        http.put(Service.QUERY, ports[4]);
        return new StackSettings(home, dataDir, seedsDir, ports[0], ports[1], http);
    }

    public int httpPort(Service service) {
        return httpPorts.get(service);
    }

    public String baseUrl(Service service) {
        return "http://localhost:" + httpPort(service);
    }

    public Path inboxDir() {
        return dataDir.resolve("inbox");
    }

    public Path logsDir() {
        return dataDir.resolve("logs");
    }

    public Path serviceJar(Service service) {
        return home.resolve(service.module()).resolve("target").resolve("quarkus-app").resolve("quarkus-run.jar");
    }

    private static String valueOr(Function<String, String> env, String name, String fallback) {
        String value = env.apply(name);
        return value == null || value.isBlank() ? fallback : value.trim();
    }

    private static int port(Function<String, String> env, String name, int fallback) {
        String value = valueOr(env, name, Integer.toString(fallback));
        try {
            int port = Integer.parseInt(value);
            if (port < 1 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a port number between 1 and 65535, was '" + value + "'");
        }
    }
}
