package io.newsmonitor.local.kafka;

import io.newsmonitor.events.Topics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import java.util.TreeMap;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * Creates NewsMonitor's topics with explicit partitions and configuration, and brings the configuration of
 * topics made by an older version up to date (their partitions are left as they are).
 */
public final class TopicSetup {

    private static final String LARGE_RECORD_BYTES = Integer.toString(Topics.LARGE_RECORD_BYTES);

    private TopicSetup() {
    }

    /**
     * The topics every NewsMonitor deployment needs, with the given replication factor; {@code articles.enriched} is
     * compacted, and it and {@code articles.dlq} accept records up to {@link Topics#LARGE_RECORD_BYTES}.
     */
    public static List<NewTopic> newsMonitorTopics(short replicationFactor) {
        return List.of(
                new NewTopic(Topics.RAW, Topics.RAW_PARTITIONS, replicationFactor),
                new NewTopic(Topics.ENRICHED, Topics.ENRICHED_PARTITIONS, replicationFactor)
                        .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT,
                                TopicConfig.MAX_MESSAGE_BYTES_CONFIG, LARGE_RECORD_BYTES)),
                new NewTopic(Topics.DLQ, Topics.DLQ_PARTITIONS, replicationFactor)
                        .configs(Map.of(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, LARGE_RECORD_BYTES)),
                new NewTopic(Topics.ALERTS, Topics.ALERTS_PARTITIONS, replicationFactor));
    }

    /**
     * Creates the topics that are missing, waits until every partition of every topic has a leader,
     * and returns the names of those it created.
     */
    public static List<String> createMissing(Admin admin, List<NewTopic> topics) {
        List<String> created = create(admin, topics);
        awaitLeaders(admin, topics, Duration.ofSeconds(30));
        return created;
    }

    /**
     * Waits until the broker describes each topic with all its partitions led: a topic just created is
     * not yet in the metadata that clients see, and a client using it then gets UnknownTopicOrPartition.
     */
    static void awaitLeaders(Admin admin, List<NewTopic> topics, Duration timeout) {
        Set<String> names = topics.stream().map(NewTopic::name).collect(Collectors.toSet());
        long deadline = System.nanoTime() + timeout.toNanos();
        String lastProblem = "no answer";
        while (System.nanoTime() < deadline) {
            try {
                Map<String, TopicDescription> described = admin.describeTopics(names).allTopicNames()
                        .get(10, TimeUnit.SECONDS);
                boolean led = described.values().stream()
                        .allMatch(d -> d.partitions().stream().allMatch(p -> p.leader() != null && !p.leader().isEmpty()));
                if (led) {
                    return;
                }
                lastProblem = "some partitions have no leader yet";
            } catch (ExecutionException | TimeoutException e) {
                lastProblem = String.valueOf(e.getCause() == null ? e : e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for topics " + names, e);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for topics " + names, e);
            }
        }
        throw new IllegalStateException("Topics " + names + " were not ready within " + timeout.toSeconds()
                + " s (" + lastProblem + "); see the broker log");
    }

    /**
     * Sets, on topics that already exist, each configuration entry this version declares and the topic holds
     * with another value: a topic created before {@code articles.enriched} accepted large records keeps its
     * 1 MB limit otherwise, and large articles would end in the dead-letter topic. Entries the topics hold and
     * this version does not declare are left alone. Returns one line per change, e.g.
     * {@code articles.enriched max.message.bytes 1048588 -> 16777216}.
     */
    public static List<String> alignConfigs(Admin admin, List<NewTopic> topics) {
        List<String> changes = new ArrayList<>();
        for (NewTopic topic : topics) {
            if (topic.configs() == null || topic.configs().isEmpty()) {
                continue;
            }
            ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic.name());
            try {
                Config current = admin.describeConfigs(List.of(resource)).all().get(30, TimeUnit.SECONDS).get(resource);
                List<AlterConfigOp> ops = new ArrayList<>();
                for (Map.Entry<String, String> wanted : new TreeMap<>(topic.configs()).entrySet()) {
                    ConfigEntry entry = current.get(wanted.getKey());
                    String held = entry == null ? null : entry.value();
                    if (!wanted.getValue().equals(held)) {
                        ops.add(new AlterConfigOp(new ConfigEntry(wanted.getKey(), wanted.getValue()),
                                AlterConfigOp.OpType.SET));
                        changes.add(topic.name() + " " + wanted.getKey() + " " + held + " -> " + wanted.getValue());
                    }
                }
                if (!ops.isEmpty()) {
                    admin.incrementalAlterConfigs(Map.of(resource, ops)).all().get(30, TimeUnit.SECONDS);
                }
            } catch (ExecutionException e) {
                throw new IllegalStateException("Could not bring the configuration of topic " + topic.name()
                        + " up to date: " + e.getCause().getMessage() + "; set " + topic.configs()
                        + " with kafka-configs.sh, or delete the topic to have it created again", e.getCause());
            } catch (TimeoutException e) {
                throw new IllegalStateException("The broker did not answer about topic " + topic.name()
                        + "'s configuration within 30 s; see the broker log", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while configuring topic " + topic.name(), e);
            }
        }
        return changes;
    }

    private static List<String> create(Admin admin, List<NewTopic> topics) {
        List<String> created = new ArrayList<>();
        for (NewTopic topic : topics) {
            try {
                admin.createTopics(List.of(topic)).all().get(30, TimeUnit.SECONDS);
                created.add(topic.name());
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw new IllegalStateException("Could not create topic " + topic.name() + ": "
                            + e.getCause().getMessage(), e.getCause());
                }
            } catch (TimeoutException e) {
                throw new IllegalStateException("The broker did not create topic " + topic.name()
                        + " within 30 s; see the broker log", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while creating topic " + topic.name(), e);
            }
        }
        return created;
    }
}
