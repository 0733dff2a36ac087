package io.newsmonitor.ingest.it;

import io.newsmonitor.local.kafka.BrokerSettings;
import io.newsmonitor.local.kafka.LocalKafkaBroker;
import io.newsmonitor.local.kafka.TopicSetup;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;

/**
 * Starts one real Kafka broker (KRaft, in a child process) in a temporary folder, creates the NewsMonitor
 * topics, and points the service at it with the real {@code smallrye-kafka} connector and temporary
 * inbox, processed, rejected and state folders. Tests get the broker through {@link InjectKafkaBroker}
 * to stop and restart it.
 */
public final class RealKafkaResource implements QuarkusTestResourceLifecycleManager {

    private static final String CONNECTOR = "mp.messaging.outgoing.articles-raw.connector";

    private Path root;
    private LocalKafkaBroker broker;

    @Override
    public Map<String, String> start() {
        try {
            root = Files.createTempDirectory("ingest-it-");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a temporary folder for the ingest integration tests", e);
        }
        broker = new LocalKafkaBroker(BrokerSettings.onFreePorts(root.resolve("kafka"))).start();
        try (Admin admin = broker.admin()) {
            TopicSetup.createMissing(admin, TopicSetup.newsMonitorTopics((short) 1));
        }
        return Map.ofEntries(
                Map.entry("kafka.bootstrap.servers", broker.bootstrapServers()),
                // application.properties switches the channel to the in-memory connector in the test profile;
                // both spellings are overridden so that the profiled one cannot win.
                Map.entry(CONNECTOR, "smallrye-kafka"),
                Map.entry("%test." + CONNECTOR, "smallrye-kafka"),
                Map.entry("ingest.inbox-dir", root.resolve("inbox").toString()),
                Map.entry("ingest.processed-dir", root.resolve("processed").toString()),
                Map.entry("ingest.rejected-dir", root.resolve("rejected").toString()),
                Map.entry("ingest.state-dir", root.resolve("state").toString()),
                Map.entry("ingest.poll-interval", "100ms"),
                Map.entry("ingest.settle-time", "100ms"),
                Map.entry("ingest.publish-timeout", "2s"),
                Map.entry("ingest.readiness-max-wait", "2s"));
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(broker,
                new TestInjector.AnnotatedAndMatchesType(InjectKafkaBroker.class, LocalKafkaBroker.class));
    }

    @Override
    public void stop() {
        if (broker != null) {
            broker.stop();
        }
        if (root == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete the temporary folder " + root, e);
        }
    }
}
