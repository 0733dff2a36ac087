package io.newsmonitor.bench.ingest;

import io.newsmonitor.events.Topics;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.record.TimestampType;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * When the broker wrote each record of {@code articles.raw}, by the file name in the record. The topic is switched
 * to broker-side timestamps ({@code message.timestamp.type=LogAppendTime}), so a record's timestamp is the moment
 * the (single) broker appended it, which is when it acknowledges an {@code acks=all} send: the end of drop → ack.
 */
public final class RawAppendTimes {

    private static final Pattern FILE_NAME = Pattern.compile("\"fileName\"\\s*:\\s*\"([^\"]+)\"");

    private RawAppendTimes() {
    }

    /** Makes the broker stamp every new record of {@code articles.raw} with its own append time. */
    public static void useAppendTime(Admin admin) throws ExecutionException, InterruptedException {
        ConfigResource topic = new ConfigResource(ConfigResource.Type.TOPIC, Topics.RAW);
        AlterConfigOp appendTime = new AlterConfigOp(new ConfigEntry("message.timestamp.type", "LogAppendTime"),
                AlterConfigOp.OpType.SET);
        admin.incrementalAlterConfigs(Map.of(topic, List.of(appendTime))).all().get();
    }

    /** Reads the topic from its beginning to its current end: file name → append time in epoch milliseconds. */
    public static Map<String, Long> read(String bootstrapServers, Duration maxRead) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "2000");
        Map<String, Long> appended = new HashMap<>();
        try (KafkaConsumer<String, String> consumer =
                new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.RAW, maxRead).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, maxRead);
            long deadline = System.nanoTime() + maxRead.toNanos();
            while (!reachedEnd(consumer, end.entrySet())) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Could not read " + Topics.RAW + " to its end " + end + " within "
                            + maxRead.toSeconds() + " s");
                }
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    Matcher name = FILE_NAME.matcher(record.value());
                    if (record.timestampType() == TimestampType.LOG_APPEND_TIME && name.find()) {
                        appended.putIfAbsent(name.group(1), record.timestamp());
                    }
                }
            }
        }
        return appended;
    }

    private static boolean reachedEnd(KafkaConsumer<?, ?> consumer, Collection<Map.Entry<TopicPartition, Long>> end) {
        return end.stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
    }
}
