package io.newsmonitor.local.kafka;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.TopicPartitionInfo;

/**
 * Several {@link KafkaImageNode}s forming one KRaft cluster on this machine, reached by clients at
 * {@code bootstrapServers}: start them together (a quorum needs a majority of its voters), kill one, start it again.
 */
public final class LocalKafkaCluster implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);

    private final List<KafkaImageNode> nodes;
    private final String bootstrapServers;

    public LocalKafkaCluster(List<KafkaImageNode> nodes, String bootstrapServers) {
        this.nodes = List.copyOf(nodes);
        this.bootstrapServers = bootstrapServers;
    }

    public List<KafkaImageNode> nodes() {
        return nodes;
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    /** The node with {@code KAFKA_NODE_ID} {@code nodeId}. */
    public KafkaImageNode node(int nodeId) {
        return nodes.stream().filter(n -> n.nodeId() == nodeId).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No node " + nodeId + " in the cluster"));
    }

    /**
     * Starts every node, all at once as compose starts independent services, and waits until the cluster lists
     * all of them as brokers; stops the nodes again if that fails.
     */
    public LocalKafkaCluster start() {
        List<CompletableFuture<Void>> starts = nodes.stream()
                .map(node -> CompletableFuture.runAsync(node::start))
                .toList();
        try {
            CompletableFuture.allOf(starts.toArray(CompletableFuture[]::new)).join();
            awaitBrokers(nodes);
        } catch (CompletionException e) {
            close();
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        } catch (RuntimeException e) {
            close();
            throw e;
        }
        return this;
    }

    /** Starts one node again (after {@link KafkaImageNode#kill}) and waits until the cluster lists it. */
    public void restart(KafkaImageNode node) {
        node.start();
        awaitBrokers(List.of(node));
    }

    /** An admin client for the cluster; the caller closes it. */
    public Admin admin() {
        return LocalKafkaBroker.adminFor(bootstrapServers);
    }

    /** The partitions of {@code topics} whose in-sync replicas are fewer than their replicas, e.g. {@code articles.raw-3}. */
    public Set<String> underReplicated(Collection<String> topics) throws Exception {
        try (Admin admin = admin()) {
            Set<String> under = new TreeSet<>();
            for (TopicDescription topic : admin.describeTopics(topics).allTopicNames().get(10, TimeUnit.SECONDS).values()) {
                for (TopicPartitionInfo partition : topic.partitions()) {
                    if (partition.isr().size() < partition.replicas().size()) {
                        under.add(topic.name() + "-" + partition.partition());
                    }
                }
            }
            return under;
        }
    }

    /** Stops the nodes gracefully, one after the other. */
    @Override
    public void close() {
        nodes.forEach(KafkaImageNode::stop);
    }

    private void awaitBrokers(List<KafkaImageNode> expected) {
        Set<Integer> wanted = expected.stream().map(KafkaImageNode::nodeId).collect(Collectors.toSet());
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        String lastAnswer = "no answer";
        try (Admin admin = admin()) {
            while (Instant.now().isBefore(deadline)) {
                for (KafkaImageNode node : expected) {
                    if (!node.isRunning()) {
                        throw new IllegalStateException("Kafka node " + node.exitReport());
                    }
                }
                try {
                    Set<Integer> brokers = admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).stream()
                            .map(Node::id).collect(Collectors.toSet());
                    if (brokers.containsAll(wanted)) {
                        return;
                    }
                    lastAnswer = "brokers " + brokers;
                } catch (Exception notYet) {
                    lastAnswer = notYet.toString();
                }
                try {
                    Thread.sleep(250);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("Interrupted while waiting for the Kafka cluster", e);
                }
            }
        }
        throw new IllegalStateException("Kafka nodes " + wanted + " did not join the cluster at " + bootstrapServers
                + " within " + READY_TIMEOUT.toSeconds() + " s (last answer: " + lastAnswer + "). "
                + expected.stream().map(KafkaImageNode::exitReport).collect(Collectors.joining("\n")));
    }
}
