package io.newsmonitor.nlp.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsmonitor.events.EnrichedArticle;
import io.newsmonitor.events.EventJson;
import io.newsmonitor.events.RawArticle;
import io.newsmonitor.events.Topics;
import io.newsmonitor.local.kafka.LocalKafkaBroker;
import io.newsmonitor.nlp.kafka.EnrichmentsInProgress;
import io.newsmonitor.nlp.support.Seeds;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.GroupState;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * Against a real broker (see {@link RealKafkaResource}): with {@value RealKafkaResource#CONSUMERS} consumers in
 * one instance, records of different keys (partitions) are enriched at the same time, and the versions of one
 * key come out on {@code articles.enriched} in the order they went in.
 */
@QuarkusTest
@WithTestResource(RealKafkaResource.class)
class ConcurrentPartitionsIT {

    private static final int VERSIONS = 4;

    /** nlp-service's consumer group (application.properties). */
    private static final String GROUP = "nlp-service";

    @InjectKafkaBroker
    LocalKafkaBroker broker;

    @Inject
    EnrichmentsInProgress inProgress;

    @Test
    void enrichesPartitionsInParallelAndTheRecordsOfEachKeyInOrder() {
        List<String> seeds = Seeds.names().stream().map(name -> Seeds.text(name.substring(0, 3))).toList();
        AtomicInteger peak = new AtomicInteger();
        ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
        sampler.scheduleAtFixedRate(() -> peak.accumulateAndGet(inProgress.current(), Math::max), 0, 2,
                TimeUnit.MILLISECONDS);
        try {
            awaitConsumersSharingThePartitions();
            publishVersions(seeds);
            Map<String, List<String>> enriched = readEnriched(Topics.RAW_PARTITIONS * VERSIONS);

            assertThat(enriched).hasSize(Topics.RAW_PARTITIONS);
            enriched.forEach((key, fileNames) -> assertThat(fileNames)
                    .containsExactly(fileName(key, 0), fileName(key, 1), fileName(key, 2), fileName(key, 3)));
            assertThat(peak.get()).isBetween(2, RealKafkaResource.CONSUMERS);
        } finally {
            sampler.shutdownNow();
        }
    }

    /**
     * Waits until the service's consumers have joined the group and share all partitions: a rebalance while a record
     * is being enriched hands its partition to another consumer, which (at-least-once) enriches it again.
     */
    private void awaitConsumersSharingThePartitions() {
        try (Admin admin = broker.admin()) {
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> {
                ConsumerGroupDescription group = admin.describeConsumerGroups(List.of(GROUP)).all()
                        .get(10, TimeUnit.SECONDS).get(GROUP);
                return group.groupState() == GroupState.STABLE
                        && group.members().size() == RealKafkaResource.CONSUMERS
                        && group.members().stream().mapToInt(m -> m.assignment().topicPartitions().size()).sum()
                                == Topics.RAW_PARTITIONS;
            });
        }
    }

    /** Each partition gets its own key; each key gets its versions in order, partitions interleaved. */
    private void publishVersions(List<String> seeds) {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, String> producer =
                new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            for (int version = 0; version < VERSIONS; version++) {
                for (int partition = 0; partition < Topics.RAW_PARTITIONS; partition++) {
                    String key = "partition-" + partition;
                    String text = seeds.get(partition % seeds.size());
                    RawArticle raw = new RawArticle(RawArticle.SCHEMA_VERSION, key, fileName(key, version),
                            text.getBytes(StandardCharsets.UTF_8).length, Seeds.RECEIVED_AT, text);
                    producer.send(new ProducerRecord<>(Topics.RAW, partition, key, EventJson.write(raw)));
                }
            }
            producer.flush();
        }
    }

    /** Key → file names of its enriched records, in the order {@code articles.enriched} holds them. */
    private Map<String, List<String>> readEnriched(int expected) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "concurrent-partitions-it");
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        Map<String, List<String>> byKey = new LinkedHashMap<>();
        try (KafkaConsumer<String, String> consumer =
                new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(Topics.ENRICHED));
            AtomicInteger count = new AtomicInteger();
            await().atMost(Duration.ofSeconds(90)).until(() -> {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    EnrichedArticle article = EventJson.read(record.value(), EnrichedArticle.class);
                    byKey.computeIfAbsent(record.key(), k -> new ArrayList<>()).add(article.fileName());
                    count.incrementAndGet();
                }
                return count.get() >= expected;
            });
        }
        return byKey;
    }

    private static String fileName(String key, int version) {
        return key + "-v" + version + ".txt";
    }
}
