package io.newsmonitor.ingest.it;

import io.newsmonitor.local.kafka.LocalKafkaBroker;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.newsmonitor.ingest.TempFolders;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

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
        root = TempFolders.createRoot("ingest-it-");
        broker = LocalKafkaBroker.startWithNewsMonitorTopics(root.resolve("kafka"));
        Map<String, String> properties = new HashMap<>(TempFolders.folderProperties(root));
        properties.put("kafka.bootstrap.servers", broker.bootstrapServers());
        // application.properties switches the channel to the in-memory connector in the test profile;
        // both spellings are overridden so that the profiled one cannot win.
        properties.put(CONNECTOR, "smallrye-kafka");
        properties.put("%test." + CONNECTOR, "smallrye-kafka");
        properties.put("ingest.poll-interval", "100ms");
        properties.put("ingest.settle-time", "100ms");
        properties.put("ingest.publish-timeout", "2s");
        properties.put("ingest.readiness-max-wait", "2s");
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
        TempFolders.deleteRecursively(root);
    }
}
