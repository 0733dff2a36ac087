package io.newsmonitor.nlp.it;

import io.newsmonitor.local.kafka.LocalKafkaBroker;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Starts one real Kafka broker (KRaft, in a child process) in a temporary folder, creates the NewsMonitor
 * topics ({@code articles.raw} with its 6 partitions) and points both channels at it with the real
 * {@code smallrye-kafka} connector and {@value #CONSUMERS} consumers. Tests get the broker through
 * {@link InjectKafkaBroker}.
 */
public final class RealKafkaResource implements QuarkusTestResourceLifecycleManager {

    /** Consumers of {@code articles.raw}: fewer than the partitions, so each one owns two. */
    static final int CONSUMERS = 3;

    private static final String RAW = "mp.messaging.incoming.articles-raw.";
    private static final String ENRICHED = "mp.messaging.outgoing.articles-enriched.";

    private Path root;
    private LocalKafkaBroker broker;

    @Override
    public Map<String, String> start() {
        try {
            root = Files.createTempDirectory("nlp-it-");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a temporary folder for the broker", e);
        }
        broker = LocalKafkaBroker.startWithNewsMonitorTopics(root.resolve("kafka"));
        Map<String, String> properties = new HashMap<>();
        properties.put("kafka.bootstrap.servers", broker.bootstrapServers());
        // application.properties switches the channels to the in-memory connector (and one consumer) in the test
        // profile; both spellings are overridden so that the profiled one cannot win.
        for (String key : new String[] {RAW + "connector", ENRICHED + "connector"}) {
            properties.put(key, "smallrye-kafka");
            properties.put("%test." + key, "smallrye-kafka");
        }
        properties.put(RAW + "concurrency", String.valueOf(CONSUMERS));
        properties.put("%test." + RAW + "concurrency", String.valueOf(CONSUMERS));
        return properties;
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
        if (root != null) {
            try (Stream<Path> paths = Files.walk(root)) {
                paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot delete the broker folder " + root, e);
            }
        }
    }
}
