package io.newsmonitor.local.compose;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * A {@code docker-compose.yml} read as compose reads it: YAML anchors, aliases and merge keys ({@code <<:})
 * resolved, then {@code $$} and {@code ${VARIABLE:-default}} interpolated in every string with the variables given.
 * Only what NewsMonitor's tests start from the file is modelled (see {@link ComposeService}).
 */
public final class ComposeFile {

    private static final Duration DEFAULT_HEALTHCHECK_TIMEOUT = Duration.ofSeconds(30);
    private static final Pattern DURATION_PART = Pattern.compile("(\\d+)(ms|s|m|h)");

    private final Path file;
    private final Map<String, ComposeService> services;

    private ComposeFile(Path file, Map<String, ComposeService> services) {
        this.file = file;
        this.services = services;
    }

    /** Reads {@code file}, interpolating with {@code variables} (as if they were set in the shell). */
    public static ComposeFile read(Path file, Map<String, String> variables) {
        Object root;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file + ": check that it exists and is readable", e);
        }
        ComposeVariables interpolation = new ComposeVariables(variables);
        Map<String, Object> services = mapping(mapping(root, file.toString()).get("services"), "services");
        Map<String, ComposeService> parsed = new LinkedHashMap<>();
        for (Map.Entry<String, Object> service : services.entrySet()) {
            parsed.put(service.getKey(), service(service.getKey(), mapping(service.getValue(), service.getKey()),
                    interpolation));
        }
        return new ComposeFile(file, parsed);
    }

    /** The service called {@code name}; fails when the file has none. */
    public ComposeService service(String name) {
        ComposeService service = services.get(name);
        if (service == null) {
            throw new IllegalArgumentException(file + " has no service " + name + "; it has " + services.keySet());
        }
        return service;
    }

    /** The services that {@code profile} starts (those of the profile and those without profiles), in file order. */
    public List<ComposeService> servicesOf(String profile) {
        return services.values().stream()
                .filter(s -> s.profiles().isEmpty() || s.profiles().contains(profile))
                .toList();
    }

    private static ComposeService service(String name, Map<String, Object> yaml, ComposeVariables interpolation) {
        Object deploy = yaml.get("deploy");
        int replicas = 1;
        if (deploy != null && mapping(deploy, name + ".deploy").get("replicas") != null) {
            String value = interpolation.interpolate(String.valueOf(mapping(deploy, name).get("replicas")));
            try {
                replicas = Integer.parseInt(value.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("deploy.replicas of " + name + " is '" + value + "', not a number", e);
            }
        }
        Object hostname = yaml.get("hostname");
        return new ComposeService(name, hostname == null ? null : interpolation.interpolate(hostname.toString()),
                strings(yaml.get("profiles"), interpolation), environment(name, yaml.get("environment"), interpolation),
                strings(yaml.get("ports"), interpolation), strings(yaml.get("entrypoint"), interpolation),
                strings(yaml.get("command"), interpolation), healthcheck(name, yaml.get("healthcheck"), interpolation),
                healthcheckTimeout(name, yaml.get("healthcheck"), interpolation), replicas);
    }

    private static List<String> healthcheck(String service, Object yaml, ComposeVariables interpolation) {
        return yaml == null ? List.of() : strings(mapping(yaml, service + ".healthcheck").get("test"), interpolation);
    }

    private static Duration healthcheckTimeout(String service, Object yaml, ComposeVariables interpolation) {
        Object timeout = yaml == null ? null : mapping(yaml, service + ".healthcheck").get("timeout");
        return timeout == null ? DEFAULT_HEALTHCHECK_TIMEOUT : duration(interpolation.interpolate(timeout.toString()));
    }

    /** A compose duration such as {@code 10s}, {@code 1m30s} or {@code 500ms}. */
    static Duration duration(String text) {
        Matcher part = DURATION_PART.matcher(text.trim());
        Duration total = Duration.ZERO;
        int end = 0;
        while (part.find() && part.start() == end) {
            long amount = Long.parseLong(part.group(1));
            total = total.plus(switch (part.group(2)) {
                case "ms" -> Duration.ofMillis(amount);
                case "s" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                default -> Duration.ofHours(amount);
            });
            end = part.end();
        }
        if (end == 0 || end != text.trim().length()) {
            throw new IllegalArgumentException("'" + text + "' is not a compose duration such as 10s, 1m30s or 500ms");
        }
        return total;
    }

    private static Map<String, String> environment(String service, Object yaml, ComposeVariables interpolation) {
        Map<String, String> environment = new LinkedHashMap<>();
        if (yaml instanceof List<?> list) {
            for (Object entry : list) {
                String[] pair = entry.toString().split("=", 2);
                environment.put(pair[0], pair.length == 2 ? interpolation.interpolate(pair[1]) : "");
            }
        } else if (yaml != null) {
            mapping(yaml, service + ".environment").forEach((variable, value) ->
                    environment.put(variable, value == null ? "" : interpolation.interpolate(value.toString())));
        }
        return environment;
    }

    private static List<String> strings(Object yaml, ComposeVariables interpolation) {
        List<String> strings = new ArrayList<>();
        if (yaml instanceof List<?> list) {
            list.forEach(item -> strings.add(interpolation.interpolate(item.toString())));
        } else if (yaml != null) {
            strings.add(interpolation.interpolate(yaml.toString()));
        }
        return strings;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> mapping(Object yaml, String where) {
        if (!(yaml instanceof Map<?, ?>)) {
            throw new IllegalArgumentException("Expected a mapping at " + where + " in the compose file, found "
                    + (yaml == null ? "nothing" : yaml.getClass().getSimpleName()));
        }
        return (Map<String, Object>) yaml;
    }
}
