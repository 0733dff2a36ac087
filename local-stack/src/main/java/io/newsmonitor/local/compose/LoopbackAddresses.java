package io.newsmonitor.local.compose;

import io.newsmonitor.local.kafka.FreePorts;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compose's network laid onto 127.0.0.1: each port a listener of a service binds in its container gets a free
 * loopback port of its own, and every address written in the file is rewritten to it. {@code kafka-2:29092} (a
 * service's name or hostname and a container port) becomes that listener's loopback port. Inside a container,
 * {@code localhost}, {@code 0.0.0.0} and a listener's empty host mean the container itself; in an address handed
 * to clients on the Docker host ({@link #rewriteForHost}), {@code localhost:9094} is a published port and becomes
 * the loopback port of the container port it publishes. An address that leads nowhere in
 * the file (a misspelt service, a port nobody listens on, a port nobody publishes) is an error, as it would
 * be a connection failure under Docker.
 */
public final class LoopbackAddresses {

    /** A {@code host:port} pair; the host may be empty, as in a listener {@code INTERNAL://:29092}. */
    private static final Pattern ADDRESS = Pattern.compile("([A-Za-z0-9.\\-]*):(\\d+)");
    /** A listener {@code NAME://host:port}. */
    private static final Pattern LISTENER = Pattern.compile("([A-Za-z0-9_]+)://([^:,]*):(\\d+)");

    private final Map<String, ComposeService> byHost = new LinkedHashMap<>();
    private final Map<String, Integer> loopbackPorts = new LinkedHashMap<>();
    private final Map<Integer, Integer> publishedPorts = new LinkedHashMap<>();

    private LoopbackAddresses() {
    }

    /**
     * Gives each port of each service's {@code listenersVariable} (e.g. {@code KAFKA_LISTENERS}) a free loopback
     * port, and maps the host ports the services publish onto them.
     */
    public static LoopbackAddresses forListeners(List<ComposeService> services, String listenersVariable) {
        LoopbackAddresses addresses = new LoopbackAddresses();
        for (ComposeService service : services) {
            addresses.byHost.put(service.name(), service);
            addresses.byHost.put(service.hostname(), service);
            Matcher listener = LISTENER.matcher(service.env(listenersVariable));
            while (listener.find()) {
                int containerPort = Integer.parseInt(listener.group(3));
                int loopback = FreePorts.pick(1)[0];
                addresses.loopbackPorts.put(key(service, containerPort), loopback);
                int published = service.publishedPort(containerPort);
                if (published > 0 && addresses.publishedPorts.put(published, loopback) != null) {
                    throw new IllegalArgumentException("Host port " + published + " is published twice, the second "
                            + "time by " + service.name() + ": Docker would refuse to start it");
                }
            }
        }
        return addresses;
    }

    /** {@code value} with every address in it rewritten, as used inside the container of {@code owner}. */
    public String rewrite(String value, ComposeService owner) {
        return rewrite(value, owner, false);
    }

    /**
     * {@code value} with every address in it rewritten, as used by clients that may run on the Docker host, such as
     * the advertised listeners of {@code owner}: there {@code localhost} is the host and its port a published one.
     */
    public String rewriteForHost(String value, ComposeService owner) {
        return rewrite(value, owner, true);
    }

    /** The loopback port of a service's container port; fails if the service has no listener there. */
    public int port(ComposeService service, int containerPort) {
        Integer port = loopbackPorts.get(key(service, containerPort));
        if (port == null) {
            throw new IllegalArgumentException(service.name() + " has no listener on port " + containerPort);
        }
        return port;
    }

    private String rewrite(String value, ComposeService owner, boolean onHost) {
        Matcher address = ADDRESS.matcher(value);
        StringBuilder result = new StringBuilder();
        while (address.find()) {
            int port = loopbackPort(address.group(1), Integer.parseInt(address.group(2)), owner, onHost, value);
            address.appendReplacement(result, "127.0.0.1:" + port);
        }
        address.appendTail(result);
        return result.toString();
    }

    private int loopbackPort(String host, int port, ComposeService owner, boolean onHost, String value) {
        boolean local = host.equals("localhost") || host.equals("127.0.0.1");
        if (host.isEmpty() || host.equals("0.0.0.0") || local && !onHost) {
            Integer own = loopbackPorts.get(key(owner, port));
            if (own == null) {
                throw new IllegalArgumentException("'" + value + "' (in " + owner.name() + ") points at its own "
                        + "container's port " + port + ", where it has no listener");
            }
            return own;
        }
        if (local) {
            Integer published = publishedPorts.get(port);
            if (published == null) {
                throw new IllegalArgumentException("'" + value + "' (in " + owner.name() + ") points at localhost:"
                        + port + ", but no service publishes host port " + port);
            }
            return published;
        }
        ComposeService target = byHost.get(host);
        if (target == null) {
            throw new IllegalArgumentException("'" + value + "' (in " + owner.name() + ") names host " + host
                    + ", which is none of the services " + byHost.keySet());
        }
        Integer loopback = loopbackPorts.get(key(target, port));
        if (loopback == null) {
            throw new IllegalArgumentException("'" + value + "' (in " + owner.name() + ") points at " + host + ":"
                    + port + ", but " + target.name() + " has no listener on port " + port);
        }
        return loopback;
    }

    private static String key(ComposeService service, int containerPort) {
        return service.name() + ":" + containerPort;
    }
}
