package io.newsmonitor.local.kafka;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where and how the local broker runs.
 *
 * @param dataDir folder that holds the broker's configuration, log dirs and metadata; reusing it
 *     after a stop resumes with the same topics and records
 * @param port client listener port on 127.0.0.1
 * @param controllerPort KRaft controller listener port on 127.0.0.1
 * @param maxHeapMb maximum heap of the broker process, in megabytes
 */
public record BrokerSettings(Path dataDir, int port, int controllerPort, int maxHeapMb) {

    public BrokerSettings {
        Objects.requireNonNull(dataDir, "dataDir");
        requirePort(port, "port");
        requirePort(controllerPort, "controllerPort");
        if (port == controllerPort) {
            throw new IllegalArgumentException("The broker and controller ports must differ, both were " + port);
        }
        if (maxHeapMb < 128) {
            throw new IllegalArgumentException("The broker needs at least 128 MB of heap, was given " + maxHeapMb);
        }
    }

    /** Settings with free ports chosen at random, for tests. */
    public static BrokerSettings onFreePorts(Path dataDir) {
        int[] ports = FreePorts.pick(2);
        return new BrokerSettings(dataDir, ports[0], ports[1], 512);
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    private static void requirePort(int value, String name) {
        if (value < 1 || value > 65535) {
            throw new IllegalArgumentException(name + " must be between 1 and 65535, was " + value);
        }
    }
}
