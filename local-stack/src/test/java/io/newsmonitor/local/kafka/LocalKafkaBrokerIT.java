package io.newsmonitor.local.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsmonitor.events.Topics;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalKafkaBrokerIT {

    @TempDir
    Path dataDir;

    @Test
    void createsTopicsWithTheirPartitionsAndCompaction() throws Exception {
        try (LocalKafkaBroker broker = new LocalKafkaBroker(BrokerSettings.onFreePorts(dataDir)).start();
                Admin admin = broker.admin()) {
            assertThat(TopicSetup.createMissing(admin, TopicSetup.newsMonitorTopics((short) 1)))
                    .containsExactly(Topics.RAW, Topics.ENRICHED, Topics.DLQ, Topics.ALERTS);

            Map<String, TopicDescription> topics = admin.describeTopics(Set.of(Topics.RAW, Topics.ENRICHED, Topics.DLQ))
                    .allTopicNames().get(10, TimeUnit.SECONDS);
            assertThat(topics.get(Topics.RAW).partitions()).hasSize(Topics.RAW_PARTITIONS);
            assertThat(topics.get(Topics.ENRICHED).partitions()).hasSize(Topics.ENRICHED_PARTITIONS);
            assertThat(topics.get(Topics.DLQ).partitions()).hasSize(Topics.DLQ_PARTITIONS);
            ConfigResource enriched = new ConfigResource(ConfigResource.Type.TOPIC, Topics.ENRICHED);
            ConfigEntry policy = admin.describeConfigs(List.of(enriched)).all().get(10, TimeUnit.SECONDS)
                    .get(enriched).get(TopicConfig.CLEANUP_POLICY_CONFIG);
            assertThat(policy.value()).isEqualTo(TopicConfig.CLEANUP_POLICY_COMPACT);

            assertThat(TopicSetup.createMissing(admin, TopicSetup.newsMonitorTopics((short) 1)))
                    .as("a second run leaves existing topics alone").isEmpty();
        }
    }

    @Test
    void bringsTheConfigurationOfTopicsFromAnOlderVersionUpToDate() throws Exception {
        try (LocalKafkaBroker broker = new LocalKafkaBroker(BrokerSettings.onFreePorts(dataDir)).start();
                Admin admin = broker.admin()) {
            admin.createTopics(List.of(new NewTopic(Topics.ENRICHED, Topics.ENRICHED_PARTITIONS, (short) 1)
                    .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT,
                            TopicConfig.RETENTION_MS_CONFIG, "86400000"))))
                    .all().get(30, TimeUnit.SECONDS);
            List<NewTopic> topics = TopicSetup.newsMonitorTopics((short) 1);
            TopicSetup.createMissing(admin, topics);

            assertThat(TopicSetup.alignConfigs(admin, topics)).containsExactly(
                    Topics.ENRICHED + " max.message.bytes 1048588 -> " + Topics.LARGE_RECORD_BYTES);
            ConfigResource enriched = new ConfigResource(ConfigResource.Type.TOPIC, Topics.ENRICHED);
            var config = admin.describeConfigs(List.of(enriched)).all().get(10, TimeUnit.SECONDS).get(enriched);
            assertThat(config.get(TopicConfig.MAX_MESSAGE_BYTES_CONFIG).value())
                    .isEqualTo(Integer.toString(Topics.LARGE_RECORD_BYTES));
            assertThat(config.get(TopicConfig.RETENTION_MS_CONFIG).value())
                    .as("a setting this version does not declare stays as the operator left it").isEqualTo("86400000");
            assertThat(TopicSetup.alignConfigs(admin, topics)).as("a second run changes nothing").isEmpty();
        }
    }

    @Test
    void keepsAcknowledgedRecordsAcrossARestartOnTheSameFolder() throws Exception {
        BrokerSettings settings = BrokerSettings.onFreePorts(dataDir);
        try (LocalKafkaBroker broker = new LocalKafkaBroker(settings).start(); Admin admin = broker.admin()) {
            TopicSetup.createMissing(admin, TopicSetup.newsMonitorTopics((short) 1));
            try (KafkaProducer<String, String> producer = producer(broker)) {
                producer.send(new ProducerRecord<>(Topics.RAW, "id-1", "县委书记李余良")).get(10, TimeUnit.SECONDS);
            }
        }

        try (LocalKafkaBroker restarted = new LocalKafkaBroker(settings).start()) {
            assertThat(readAll(restarted, Topics.RAW, 1)).containsExactly("id-1=县委书记李余良");
        }
    }

    @Test
    void storesBatchesInEveryCompressionAProducerMayChoose() throws Exception {
        List<String> codecs = List.of("gzip", "lz4", "zstd", "snappy");
        try (LocalKafkaBroker broker = new LocalKafkaBroker(BrokerSettings.onFreePorts(dataDir)).start();
                Admin admin = broker.admin()) {
            admin.createTopics(codecs.stream().map(codec -> new NewTopic("compressed-" + codec, 1, (short) 1)).toList())
                    .all().get(30, TimeUnit.SECONDS);
            for (String codec : codecs) {
                try (KafkaProducer<String, String> producer = producer(broker, codec)) {
                    producer.send(new ProducerRecord<>("compressed-" + codec, codec, "巴中市委书记罗增斌出席会议".repeat(50)))
                            .get(10, TimeUnit.SECONDS);
                }
                assertThat(readAll(broker, "compressed-" + codec, 1)).as(codec)
                        .containsExactly(codec + "=" + "巴中市委书记罗增斌出席会议".repeat(50));
            }
        }
    }

    @Test
    void listensOnLoopbackOnly() throws Exception {
        try (LocalKafkaBroker broker = new LocalKafkaBroker(BrokerSettings.onFreePorts(dataDir)).start()) {
            assertThat(broker.bootstrapServers()).startsWith("127.0.0.1:");
            assertThat(java.nio.file.Files.readString(dataDir.resolve("server.properties")))
                    .contains("listeners=PLAINTEXT://127.0.0.1:" + broker.settings().port()
                            + ",CONTROLLER://127.0.0.1:" + broker.settings().controllerPort());
        }
    }

    @Test
    void refusesToStartOnAPortInUseAndSaysWhichVariableToChange() {
        BrokerSettings settings = BrokerSettings.onFreePorts(dataDir);
        try (LocalKafkaBroker first = new LocalKafkaBroker(settings).start()) {
            assertThatThrownBy(() -> new LocalKafkaBroker(settings).start())
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("Port " + settings.port())
                    .hasMessageContaining("KAFKA_PORT");
        }
    }

    private static KafkaProducer<String, String> producer(LocalKafkaBroker broker) {
        return producer(broker, "none");
    }

    private static KafkaProducer<String, String> producer(LocalKafkaBroker broker, String compression) {
        Properties props = new Properties();
        props.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, compression);
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        return new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
    }

    private static List<String> readAll(LocalKafkaBroker broker, String topic, int expected) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "reader-" + System.nanoTime());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer =
                new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (values.size() < expected && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    values.add(record.key() + "=" + record.value());
                }
            }
        }
        return values;
    }
}
