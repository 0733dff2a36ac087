package io.newsmonitor.query.watch;

import io.newsmonitor.events.ArticleAlert;
import io.newsmonitor.events.EventJson;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jboss.logging.Logger;

/**
 * Reads the alerts topic from a point in time up to the end it has when the read starts, with a consumer of
 * its own (assigned partitions, no group, nothing committed).
 */
public final class AlertTopicReader implements SentAlertReader {

    private static final Logger LOG = Logger.getLogger(AlertTopicReader.class);

    private final String topic;
    private final String bootstrapServers;
    private final Duration timeout;

    /**
     * @param timeout how long the whole read may take before the start fails, rather than risk sending an
     *     alert twice
     */
    public AlertTopicReader(String topic, String bootstrapServers, Duration timeout) {
        this.topic = topic;
        this.bootstrapServers = bootstrapServers;
        this.timeout = timeout;
    }

    @Override
    public List<ArticleAlert> sentSince(Instant from) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        properties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        long deadline = System.nanoTime() + timeout.toNanos();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(properties)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, timeout).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, timeout);
            Map<TopicPartition, Long> times = new HashMap<>();
            partitions.forEach(p -> times.put(p, from.toEpochMilli()));
            Map<TopicPartition, OffsetAndTimestamp> starts = consumer.offsetsForTimes(times, timeout);
            for (TopicPartition partition : partitions) {
                OffsetAndTimestamp start = starts.get(partition);
                consumer.seek(partition, start == null ? ends.get(partition) : start.offset());
            }
            List<ArticleAlert> alerts = new ArrayList<>();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Could not read " + topic + " to its end within "
                            + timeout.toSeconds() + " s");
                }
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    if (record.offset() < ends.get(new TopicPartition(topic, record.partition()))
                            && record.value() != null) {
                        read(record).ifPresent(alerts::add);
                    }
                }
            }
            return alerts;
        } catch (KafkaException e) {
            throw new IllegalStateException("Cannot read the alerts sent since " + from + " from " + topic + " at "
                    + bootstrapServers + ": " + e.getMessage() + ". The service does not start without them, since"
                    + " it would send them again; check that Kafka is reachable and start it again.", e);
        }
    }

    private static Optional<ArticleAlert> read(ConsumerRecord<String, String> record) {
        try {
            return Optional.of(EventJson.read(record.value(), ArticleAlert.class));
        } catch (IllegalArgumentException e) {
            LOG.warnf("Skipped the record at %s-%d@%d while reading back alerts: %s", record.topic(),
                    record.partition(), record.offset(), e.getMessage());
            return Optional.empty();
        }
    }
}
