package io.newsmonitor.query.kafka;

import io.newsmonitor.events.Topics;
import io.newsmonitor.query.index.LuceneArticleView;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

/**
 * Ready once the replay of {@link Topics#ENRICHED} has reached the end offsets the topic had at start,
 * so that a load balancer sends no search to a half-built view; logs the progress meanwhile.
 */
@Readiness
@ApplicationScoped
public class ReplayReadiness implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(ReplayReadiness.class);
    private static final Duration LOOKUP_TIMEOUT = Duration.ofSeconds(30);
    private static final long LOG_EVERY_RECORDS = 1000;

    private final ReplayProgress progress = new ReplayProgress();
    private final LuceneArticleView view;
    private volatile boolean announcedDone;
    private volatile long lastLogged;

    public ReplayReadiness(LuceneArticleView view) {
        this.view = view;
    }

    void readEndOffsets(@Observes StartupEvent event, Config config) {
        String prefix = "mp.messaging.incoming." + EnrichedArticleConsumer.CHANNEL + ".";
        if (!"smallrye-kafka".equals(config.getOptionalValue(prefix + "connector", String.class).orElse(""))) {
            noReplay();
            return;
        }
        String topic = config.getOptionalValue(prefix + "topic", String.class).orElse(Topics.ENRICHED);
        String servers = config.getOptionalValue("kafka.bootstrap.servers", String.class).orElse("localhost:9092");
        Thread lookup = new Thread(() -> lookUp(topic, servers), "query-replay-target");
        lookup.setDaemon(true);
        lookup.start();
    }

    private void lookUp(String topic, String servers) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, servers);
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(properties)) {
            List<PartitionInfo> partitions = consumer.partitionsFor(topic, LOOKUP_TIMEOUT);
            List<TopicPartition> topicPartitions = partitions.stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            progress.target(byPartition(consumer.beginningOffsets(topicPartitions, LOOKUP_TIMEOUT)),
                    byPartition(consumer.endOffsets(topicPartitions, LOOKUP_TIMEOUT)));
            LOG.infof("%s the view from %s: %d records in %d partitions to replay.",
                    view.needsRebuild() ? "Rebuilding" : "Catching up", topic, progress.records(), partitions.size());
        } catch (RuntimeException e) {
            LOG.warnf("Cannot read the end offsets of %s from %s (%s); the view reports ready without waiting for"
                    + " the replay.", topic, servers, e.getMessage());
            progress.noTarget();
        }
    }

    /** Marks the view ready without a replay to wait for: the channel is not fed by a Kafka topic. */
    public void noReplay() {
        progress.noTarget();
    }

    private static Map<Integer, Long> byPartition(Map<TopicPartition, Long> offsets) {
        return offsets.entrySet().stream().collect(Collectors.toMap(e -> e.getKey().partition(), Map.Entry::getValue,
                (a, b) -> a, HashMap::new));
    }

    /** Called by the consumer for each record it has applied. */
    public void consumed(int partition, long offset) {
        progress.consumed(partition, offset);
        long consumed = progress.consumed();
        if (!announcedDone && (consumed - lastLogged >= LOG_EVERY_RECORDS)) {
            lastLogged = consumed;
            LOG.infof("%s view: %d/%d articles", view.needsRebuild() ? "rebuilding" : "catching up", consumed,
                    progress.records());
        }
        announceWhenDone();
    }

    /** Whether the replay has reached the end offsets seen at start (true at once without a broker). */
    public boolean caughtUp() {
        return progress.caughtUp();
    }

    private void announceWhenDone() {
        if (!announcedDone && progress.caughtUp()) {
            announcedDone = true;
            LOG.infof("The view has caught up with the topic: %d records replayed, %d articles in the view.",
                    progress.consumed(), view.count());
        }
    }

    @Override
    public HealthCheckResponse call() {
        boolean ready = progress.caughtUp();
        announceWhenDone();
        return HealthCheckResponse.named("query-view")
                .status(ready)
                .withData("replayed", progress.consumed())
                .withData("recordsAtStart", progress.records())
                .withData("articles", view.count())
                .build();
    }
}
