package io.newsmonitor.e2e;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;

/** What a Kafka cluster says about its topics and groups, asked through an admin client. */
final class ClusterQueries {

    private ClusterQueries() {
    }

    /** The partitions assigned to the members of consumer group {@code group}, all members together. */
    static Set<TopicPartition> assignedPartitions(Admin admin, String group) throws Exception {
        ConsumerGroupDescription description = admin.describeConsumerGroups(List.of(group))
                .describedGroups().get(group).get(10, TimeUnit.SECONDS);
        Set<TopicPartition> assigned = new HashSet<>();
        description.members().forEach(member -> assigned.addAll(member.assignment().topicPartitions()));
        return assigned;
    }

    /** The node id of the leader of one partition. */
    static int leaderOf(Admin admin, String topic, int partition) throws Exception {
        return admin.describeTopics(List.of(topic)).allTopicNames().get(10, TimeUnit.SECONDS).get(topic)
                .partitions().get(partition).leader().id();
    }

    /** Every configuration entry of {@code topic}, set or default, by name. */
    static Map<String, String> topicConfig(Admin admin, String topic) throws Exception {
        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
        Config config = admin.describeConfigs(List.of(resource)).all().get(10, TimeUnit.SECONDS).get(resource);
        Map<String, String> values = new HashMap<>();
        config.entries().forEach(entry -> values.put(entry.name(), entry.value()));
        return values;
    }
}
