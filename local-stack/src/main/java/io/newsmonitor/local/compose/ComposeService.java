package io.newsmonitor.local.compose;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One service of a compose file, after its anchors, merge keys and variables are resolved.
 *
 * @param name the service's name, which is also its address on the compose network
 * @param hostname the {@code hostname} it sets, or its name
 * @param profiles the profiles that start it; empty when every profile does
 * @param environment its environment variables, values as strings
 * @param ports its published ports, each {@code "hostPort:containerPort"}
 * @param entrypoint its {@code entrypoint}, empty for the image's own
 * @param command its {@code command}, empty for the image's own
 * @param healthcheck its {@code healthcheck.test}, e.g. {@code ["CMD-SHELL", "..."]}; empty for none
 * @param healthcheckTimeout its {@code healthcheck.timeout}: a check that runs longer counts as failed (compose's
 *     default is 30 s)
 * @param replicas {@code deploy.replicas}, 1 when not set
 */
public record ComposeService(String name, String hostname, List<String> profiles, Map<String, String> environment,
        List<String> ports, List<String> entrypoint, List<String> command, List<String> healthcheck, Duration healthcheckTimeout, int replicas) {

    public ComposeService {
        Objects.requireNonNull(name, "name");
        hostname = hostname == null ? name : hostname;
        profiles = List.copyOf(profiles);
        environment = Map.copyOf(environment);
        ports = List.copyOf(ports);
        entrypoint = List.copyOf(entrypoint);
        command = List.copyOf(command);
        healthcheck = List.copyOf(healthcheck);
        Objects.requireNonNull(healthcheckTimeout, "healthcheckTimeout");
        if (replicas < 1) {
            throw new IllegalArgumentException("Service " + name + " asks for " + replicas + " replicas; it needs 1 or more");
        }
    }

    /** The value of one environment variable; fails, naming the service, when the file does not set it. */
    public String env(String variable) {
        String value = environment.get(variable);
        if (value == null) {
            throw new IllegalStateException("Service " + name + " does not set " + variable + " in docker-compose.yml");
        }
        return value;
    }

    /** The host port that publishes {@code containerPort}, or -1 when the service does not publish it. */
    public int publishedPort(int containerPort) {
        for (String mapping : ports) {
            String[] parts = mapping.split(":");
            if (parts.length >= 2 && Integer.parseInt(parts[parts.length - 1]) == containerPort) {
                return Integer.parseInt(parts[parts.length - 2]);
            }
        }
        return -1;
    }
}
