package io.newsmonitor.ingest.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsmonitor.events.Topics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads {@code articles.raw} from the beginning to its current end with a plain consumer, as an outside subscriber would. */
final class RawTopicReader {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration MAX_READ = Duration.ofSeconds(30);

    /** One record as read: its key and the {@code id} field of its JSON value. */
    record RawRecord(String key, String id, String fileName) {
    }

    private RawTopicReader() {
    }

    /** Every record now on the topic whose key is {@code key}. */
    static List<RawRecord> recordsWithKey(String bootstrapServers, String key) {
        return readAll(bootstrapServers).stream().filter(r -> key.equals(r.key())).toList();
    }

    static List<RawRecord> readAll(String bootstrapServers) {
        return readValues(bootstrapServers).stream().map(v -> new RawRecord(v.key(), v.value().path("id").asText(null),
                v.value().path("fileName").asText(null))).toList();
    }

    /** One record as read: its key and its whole JSON value. */
    record RawValue(String key, JsonNode value) {
    }

    /** Every record now on the topic, from the beginning to the current end offsets. */
    static List<RawValue> readValues(String bootstrapServers) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        List<RawValue> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer =
                new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.RAW, MAX_READ).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, MAX_READ);
            long deadline = System.nanoTime() + MAX_READ.toNanos();
            while (!reachedEnd(consumer, end)) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Could not read " + Topics.RAW + " to its end offsets " + end
                            + " within " + MAX_READ.toSeconds() + " s");
                }
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    records.add(new RawValue(record.key(), parse(record)));
                }
            }
        }
        return records;
    }

    private static boolean reachedEnd(KafkaConsumer<?, ?> consumer, Map<TopicPartition, Long> end) {
        return end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
    }

    private static JsonNode parse(ConsumerRecord<String, String> record) {
        try {
            return JSON.readTree(record.value());
        } catch (IOException e) {
            throw new UncheckedIOException("The value at " + record.topic() + "-" + record.partition() + " offset "
                    + record.offset() + " is not JSON", e);
        }
    }
}
