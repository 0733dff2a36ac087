package io.newsmonitor.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsmonitor.events.Topics;
import io.newsmonitor.local.compose.ComposeFile;
import io.newsmonitor.local.compose.ComposeJob;
import io.newsmonitor.local.compose.ComposeKafkaProfile;
import io.newsmonitor.local.compose.ComposeService;
import io.newsmonitor.local.kafka.KafkaImageNode;
import io.newsmonitor.local.kafka.LocalKafkaCluster;
import io.newsmonitor.local.samples.SampleArticles;
import io.newsmonitor.local.stack.NewsMonitorStack;
import io.newsmonitor.local.stack.Service;
import io.newsmonitor.local.stack.StackSettings;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.TopicPartitionInfo;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code cluster} profile of docker-compose.yml, run as written without Docker: its three {@code apache/kafka}
 * services become three broker processes configured by the image's own setup from the file's environment (only the
 * addresses move to free loopback ports, and the log dirs to a temporary folder), its topics job runs in bash on
 * Kafka's own tools, and the three services start with the file's environment and {@code NLP_REPLICAS=2}. Then a
 * broker is killed while articles flow.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ComposeClusterIT {

    private static final Path HOME = Path.of(System.getProperty("newsmonitor.home", "..")).toAbsolutePath().normalize();
    private static final String PROFILE = "cluster";
    private static final int NLP_REPLICAS = 2;
    private static final int BROKER_HEAP_MB = 320;
    private static final Duration ARRIVAL = Duration.ofSeconds(180);
    private static final List<String> TOPICS = List.of(Topics.RAW, Topics.ENRICHED, Topics.DLQ, Topics.ALERTS);

    @TempDir
    static Path dataDir;

    private static ComposeFile compose;
    private static ComposeKafkaProfile kafka;
    private static LocalKafkaCluster cluster;
    private static final Map<String, ComposeJob> healthchecks = new LinkedHashMap<>();
    private static ComposeJob topicsJob;
    private static StackSettings settings;
    private static NewsMonitorStack stack;

    @BeforeAll
    static void startTheClusterProfileAndRunItsTopicsJob() {
        compose = ComposeFile.read(HOME.resolve("docker-compose.yml"), Map.of("NLP_REPLICAS", "" + NLP_REPLICAS));
        kafka = ComposeKafkaProfile.of(compose, PROFILE);
        long began = System.nanoTime();
        cluster = kafka.cluster(dataDir.resolve("kafka"), BROKER_HEAP_MB).start();
        report(String.format("%d Kafka nodes (%s) formed a quorum in %.1f s; clients bootstrap from %s",
                cluster.nodes().size(), kafka.brokers().stream().map(ComposeService::name).toList(),
                (System.nanoTime() - began) / 1e9, cluster.bootstrapServers()));
        // Compose starts the topics job once every node's healthcheck passes: run them, all at once, as it does.
        Map<String, CompletableFuture<ComposeJob>> checks = new LinkedHashMap<>();
        kafka.brokers().forEach(broker -> checks.put(broker.name(), CompletableFuture.supplyAsync(() -> ComposeJob.run(
                broker.name() + "-healthcheck", kafka.healthcheck(broker), Map.of(), dataDir.resolve("healthchecks"),
                broker.healthcheckTimeout()))));
        checks.forEach((name, check) -> healthchecks.put(name, check.join()));
        healthchecks.forEach((name, check) -> report("healthcheck of " + name + ": exit " + check.exitCode() + " in "
                + check.took().toMillis() + " ms (the file allows " + compose.service(name).healthcheckTimeout().toSeconds()
                + " s)"));
        ComposeService job = compose.service("cluster-topics");
        topicsJob = ComposeJob.run(job, kafka.environment(job), dataDir.resolve("cluster-topics"), Duration.ofSeconds(180));
        report("cluster-topics exited " + topicsJob.exitCode() + " after " + topicsJob.took().toSeconds() + " s");
        assertThat(topicsJob.exitCode()).as("exit code of the topics job; it printed:\n%s", topicsJob.log()).isZero();
    }

    @AfterAll
    static void stopEverything() throws IOException {
        if (stack != null) {
            stack.stop();
        }
        if (cluster != null) {
            cluster.close();
            keepLogs();
        }
    }

    @Test
    @Order(1)
    void healthcheckOfEachNodePassesSoTheTopicsJobCanStart() {
        assertThat(healthchecks).hasSize(3);
        healthchecks.forEach((name, check) ->
                assertThat(check.exitCode()).as("healthcheck of %s; it printed:\n%s", name, check.log()).isZero());
    }

    @Test
    @Order(2)
    void brokersRunWithTheSettingsOfTheFile() throws Exception {
        assertThat(cluster.nodes()).extracting(KafkaImageNode::nodeId).containsExactly(1, 2, 3);
        try (Admin admin = cluster.admin()) {
            ConfigResource node2 = new ConfigResource(ConfigResource.Type.BROKER, "2");
            Config config = admin.describeConfigs(List.of(node2)).all().get(10, TimeUnit.SECONDS).get(node2);
            assertThat(config.get("default.replication.factor").value()).isEqualTo("3");
            assertThat(config.get("min.insync.replicas").value()).isEqualTo("2");
            assertThat(config.get("offsets.topic.replication.factor").value()).isEqualTo("3");
            assertThat(config.get("transaction.state.log.min.isr").value()).isEqualTo("2");
            assertThat(config.get("auto.create.topics.enable").value()).isEqualTo("false");
            assertThat(config.get("inter.broker.listener.name").value()).isEqualTo("INTERNAL");
            assertThat(admin.describeCluster().clusterId().get(10, TimeUnit.SECONDS))
                    .isEqualTo(compose.service("kafka-1").env("CLUSTER_ID"));
            for (KafkaImageNode node : cluster.nodes()) {
                assertRunsWithEverySettingItWasGiven(admin, node);
            }
        }
    }

    /**
     * Every line the image's setup wrote for the node is a setting the broker knows and holds with that value: a
     * misspelt {@code KAFKA_} variable would otherwise be ignored without a word.
     */
    private static void assertRunsWithEverySettingItWasGiven(Admin admin, KafkaImageNode node) throws Exception {
        Properties written = new Properties();
        try (var reader = Files.newBufferedReader(node.serverProperties())) {
            written.load(reader);
        }
        long variables = compose.service(node.name()).environment().keySet().stream()
                .filter(variable -> variable.startsWith("KAFKA_")).count();
        assertThat(written).as("settings written for %s", node.name()).hasSize((int) variables);
        ConfigResource resource = new ConfigResource(ConfigResource.Type.BROKER, Integer.toString(node.nodeId()));
        Config held = admin.describeConfigs(List.of(resource)).all().get(10, TimeUnit.SECONDS).get(resource);
        for (String key : written.stringPropertyNames()) {
            assertThat(held.get(key)).as("%s, written for %s, is not a broker setting", key, node.name()).isNotNull();
            assertThat(held.get(key).value()).as("%s of %s", key, node.name()).isEqualTo(written.getProperty(key));
        }
        report(node.name() + " holds each of the " + written.size() + " settings the image's setup wrote from its "
                + variables + " KAFKA_ variables");
    }

    @Test
    @Order(3)
    void topicsJobCreatesTheTopicsOfTheReadmeReplicatedThreeTimes() throws Exception {
        // The README's topic table: partitions, compaction, 16 MB records; the profile: RF 3, min.insync.replicas 2.
        Map<String, Integer> partitions = Map.of(Topics.RAW, 6, Topics.ENRICHED, 6, Topics.DLQ, 1, Topics.ALERTS, 1);
        try (Admin admin = cluster.admin()) {
            Map<String, TopicDescription> topics = admin.describeTopics(TOPICS).allTopicNames().get(10, TimeUnit.SECONDS);
            for (String topic : TOPICS) {
                List<TopicPartitionInfo> parts = topics.get(topic).partitions();
                assertThat(parts).as("partitions of %s", topic).hasSize(partitions.get(topic));
                assertThat(parts).allSatisfy(p -> {
                    assertThat(p.replicas()).as("replicas of %s-%d", topic, p.partition()).hasSize(3);
                    assertThat(p.isr()).as("in-sync replicas of %s-%d", topic, p.partition()).hasSize(3);
                });
                Map<String, String> config = ClusterQueries.topicConfig(admin, topic);
                assertThat(config.get("min.insync.replicas")).as("min.insync.replicas of %s", topic).isEqualTo("2");
                report(topic + ": " + parts.size() + " partitions x 3 replicas, cleanup.policy="
                        + config.get("cleanup.policy") + ", max.message.bytes=" + config.get("max.message.bytes")
                        + ", min.insync.replicas=" + config.get("min.insync.replicas"));
            }
            assertThat(ClusterQueries.topicConfig(admin, Topics.ENRICHED)).containsEntry("cleanup.policy", "compact")
                    .containsEntry("max.message.bytes", "16777216");
            assertThat(ClusterQueries.topicConfig(admin, Topics.DLQ)).containsEntry("cleanup.policy", "delete")
                    .containsEntry("max.message.bytes", "16777216");
            assertThat(ClusterQueries.topicConfig(admin, Topics.RAW)).containsEntry("cleanup.policy", "delete")
                    .containsEntry("max.message.bytes", "1048588");
            assertThat(ClusterQueries.topicConfig(admin, Topics.ALERTS)).containsEntry("cleanup.policy", "delete");
        }
    }

    @Test
    @Order(4)
    void topicsJobRunsAgainAtTheNextStartWithoutHarm() throws Exception {
        ComposeService job = compose.service("cluster-topics");
        ComposeJob again = ComposeJob.run(job, kafka.environment(job), dataDir.resolve("cluster-topics-again"),
                Duration.ofSeconds(180));
        report("cluster-topics run again (as every 'docker compose up' does): exit " + again.exitCode());
        assertThat(again.exitCode()).as("exit code of the second run; it printed:\n%s", again.log()).isZero();
        try (Admin admin = cluster.admin()) {
            assertThat(admin.describeTopics(TOPICS).allTopicNames().get(10, TimeUnit.SECONDS).get(Topics.RAW)
                    .partitions()).hasSize(6);
            assertThat(ClusterQueries.topicConfig(admin, Topics.ENRICHED)).containsEntry("max.message.bytes", "16777216");
        }
    }

    @Test
    @Order(5)
    void servicesOnTheClusterLoseNothingWhenABrokerIsKilledAndTheBrokerRejoins() throws Exception {
        startTheServicesOfTheProfile();
        await().atMost(ARRIVAL).untilAsserted(() -> assertThat(assignedPartitions()).hasSize(Topics.RAW_PARTITIONS));
        SampleArticles samples = SampleArticles.fromSeeds(HOME.resolve("seeds"));
        List<String> ids = new ArrayList<>(post(samples, 0, 100).ids());

        KafkaImageNode victim = cluster.node(leaderOf(Topics.RAW, 0));
        int atKill = viewTotal();
        long killedAt = System.nanoTime();
        victim.kill();
        report(victim.name() + " (leader of " + Topics.RAW + "-0) killed (SIGKILL) with " + ids.size()
                + " articles posted and " + atKill + " in the view");
        long postingBegan = System.nanoTime();
        Posted afterKill = post(samples, 100, 300);
        ids.addAll(afterKill.ids());
        report(String.format("200 more posts with 2 of 3 brokers: all acknowledged (acks=all, min.insync.replicas=2) "
                + "in %.1f s; the slowest waited %d ms for the new leaders", (System.nanoTime() - postingBegan) / 1e9,
                afterKill.slowestMillis()));
        await().atMost(ARRIVAL).untilAsserted(() -> assertThat(viewTotal()).isEqualTo(300));
        report(String.format("300/300 articles in the view %.1f s after the kill, with %s down",
                (System.nanoTime() - killedAt) / 1e9, victim.name()));

        long restartedAt = System.nanoTime();
        cluster.restart(victim);
        List<String> replicated = new ArrayList<>(TOPICS);
        replicated.add("__consumer_offsets");
        await().atMost(ARRIVAL).untilAsserted(() -> assertThat(cluster.underReplicated(replicated)).isEmpty());
        report(String.format("%s restarted and back in the ISR of every partition of %s in %.1f s", victim.name(),
                replicated, (System.nanoTime() - restartedAt) / 1e9));

        assertThat(new HashSet<>(ids)).hasSize(300);
        assertThat(viewIds()).isEqualTo(new HashSet<>(ids));
        Map<String, Long> raw = TopicRecords.countByKey(TopicRecords.readAll(cluster.bootstrapServers(), Topics.RAW));
        Map<String, Long> enriched = TopicRecords.countByKey(
                TopicRecords.readAll(cluster.bootstrapServers(), Topics.ENRICHED));
        assertThat(ids).allSatisfy(id -> assertThat(raw.get(id)).as("records of %s on %s", id, Topics.RAW).isEqualTo(1L));
        assertThat(ids).allSatisfy(id -> assertThat(enriched).containsKey(id));
        long twice = ids.stream().filter(id -> enriched.get(id) > 1).count();
        long first = enrichedLines("nlp-service.log");
        long second = enrichedLines("nlp-service-2.log");
        report("300/300 articles in the view once each, each once on " + Topics.RAW + ", " + twice
                + " enriched twice on " + Topics.ENRICHED + " (at-least-once, collapsed by the view); nlp-service "
                + "enriched " + first + ", nlp-service-2 " + second);
        assertThat(first).as("articles enriched by the first nlp replica").isPositive();
        assertThat(second).as("articles enriched by the second nlp replica").isPositive();
        try (Admin admin = cluster.admin()) {
            TopicDescription offsets = admin.describeTopics(List.of("__consumer_offsets")).allTopicNames()
                    .get(10, TimeUnit.SECONDS).get("__consumer_offsets");
            assertThat(offsets.partitions()).allSatisfy(p -> assertThat(p.replicas()).hasSize(3));
        }
    }

    /** The services with the file's environment: addresses moved, HTTP ports and container folders the stack's own. */
    private static void startTheServicesOfTheProfile() {
        settings = StackSettings.onFreePorts(HOME, dataDir.resolve("stack"), null);
        ComposeService ingest = compose.service("cluster-ingest-service");
        stack = new NewsMonitorStack(settings, message -> System.out.println("[stack] " + message))
                .usingKafka(kafka.environment(ingest).get("KAFKA_BOOTSTRAP_SERVERS"));
        Map<Service, ComposeService> services = Map.of(Service.INGEST, ingest,
                Service.NLP, compose.service("cluster-nlp-service"), Service.QUERY, compose.service("cluster-query-service"));
        services.forEach((service, composed) -> kafka.environment(composed).forEach((variable, value) -> {
            if (!variable.equals("QUARKUS_HTTP_PORT") && !value.startsWith("/")) {
                stack.withEnvironment(service, variable, value);
            }
        }));
        stack.start();
        int replicas = compose.service("cluster-nlp-service").replicas();
        assertThat(replicas).as("deploy.replicas of cluster-nlp-service with NLP_REPLICAS=" + NLP_REPLICAS)
                .isEqualTo(NLP_REPLICAS);
        for (int replica = 2; replica <= replicas; replica++) {
            stack.startExtraInstance(Service.NLP);
        }
    }

    /** The ids of articles posted, and the longest a post waited for its acknowledgement. */
    private record Posted(List<String> ids, long slowestMillis) {
    }

    private static Posted post(SampleArticles samples, int from, int to) {
        List<String> ids = new ArrayList<>();
        long slowest = 0;
        for (int n = from; n < to; n++) {
            long began = System.nanoTime();
            HttpResponse<String> response = Api.postText(settings.baseUrl(Service.INGEST) + "/api/articles",
                    samples.article("cluster", n));
            assertThat(response.statusCode()).as("POST of article %d: %s", n, response.body()).isEqualTo(202);
            JsonNode body = Api.parse(response.body());
            assertThat(body.path("status").asText()).as("status of article %d", n).isEqualTo("published");
            ids.add(body.path("id").asText());
            slowest = Math.max(slowest, (System.nanoTime() - began) / 1_000_000);
        }
        return new Posted(ids, slowest);
    }

    private static Set<TopicPartition> assignedPartitions() throws Exception {
        try (Admin admin = cluster.admin()) {
            return ClusterQueries.assignedPartitions(admin, "nlp-service");
        }
    }

    private static int leaderOf(String topic, int partition) throws Exception {
        try (Admin admin = cluster.admin()) {
            return ClusterQueries.leaderOf(admin, topic, partition);
        }
    }

    private static long enrichedLines(String log) throws IOException {
        try (var lines = Files.lines(settings.logsDir().resolve(log))) {
            return lines.filter(line -> line.contains("Enriched article")).count();
        }
    }

    private static int viewTotal() {
        return QueryView.total(settings.baseUrl(Service.QUERY));
    }

    private static Set<String> viewIds() {
        return QueryView.ids(settings.baseUrl(Service.QUERY));
    }

    private static void keepLogs() throws IOException {
        if (settings != null) {
            StackLogs.keep(settings, "ComposeClusterIT");
        }
        Path target = Path.of("target", "stack-logs", "ComposeClusterIT");
        Files.createDirectories(target);
        for (KafkaImageNode node : cluster.nodes()) {
            if (Files.exists(node.logFile())) {
                Files.copy(node.logFile(), target.resolve(node.name() + ".log"), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Path jobLog = dataDir.resolve("cluster-topics").resolve("cluster-topics.log");
        if (Files.exists(jobLog)) {
            Files.copy(jobLog, target.resolve("cluster-topics.log"), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void report(String line) {
        System.out.println("[cluster] " + line);
    }
}
