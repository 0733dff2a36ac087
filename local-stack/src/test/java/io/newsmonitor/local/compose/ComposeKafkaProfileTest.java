package io.newsmonitor.local.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The cluster profile of the project's own docker-compose.yml, laid onto the loopback interface. */
class ComposeKafkaProfileTest {

    private final ComposeFile compose = ComposeFile.read(Path.of("..", "docker-compose.yml"), Map.of());
    private final ComposeKafkaProfile kafka = ComposeKafkaProfile.of(compose, "cluster");

    @Test
    void theNodesOfTheProfileAreTheServicesThatSetProcessRoles() {
        assertThat(kafka.brokers()).extracting(ComposeService::name).containsExactly("kafka-1", "kafka-2", "kafka-3");
    }

    @Test
    void aNodeKeepsEverySettingButItsAddressesAndLogDirs() {
        ComposeService two = compose.service("kafka-2");
        Map<String, String> environment = kafka.brokerEnvironment(two, Path.of("/tmp/kafka-2/data"));
        LoopbackAddresses ports = kafka.addresses();

        assertThat(environment).containsEntry("KAFKA_LISTENERS", "INTERNAL://127.0.0.1:" + ports.port(two, 29092)
                + ",CONTROLLER://127.0.0.1:" + ports.port(two, 9093) + ",EXTERNAL://127.0.0.1:" + ports.port(two, 9092));
        assertThat(environment).containsEntry("KAFKA_ADVERTISED_LISTENERS", "INTERNAL://127.0.0.1:"
                + ports.port(two, 29092) + ",EXTERNAL://127.0.0.1:" + ports.port(two, 9092));
        assertThat(environment.get("KAFKA_CONTROLLER_QUORUM_VOTERS"))
                .isEqualTo("1@127.0.0.1:" + ports.port(compose.service("kafka-1"), 9093) + ",2@127.0.0.1:"
                        + ports.port(two, 9093) + ",3@127.0.0.1:" + ports.port(compose.service("kafka-3"), 9093));
        assertThat(environment).containsEntry("KAFKA_LOG_DIRS", "/tmp/kafka-2/data");
        Map<String, String> unchanged = new HashMap<>(two.environment());
        unchanged.keySet().removeAll(List.of("KAFKA_LISTENERS", "KAFKA_ADVERTISED_LISTENERS",
                "KAFKA_CONTROLLER_QUORUM_VOTERS", "KAFKA_LOG_DIRS"));
        assertThat(environment).containsAllEntriesOf(unchanged).hasSize(two.environment().size());
    }

    @Test
    void bootstrapListsOfOtherServicesLeadToTheInternalListeners() {
        ComposeService job = compose.service("cluster-topics");

        assertThat(kafka.environment(job)).containsEntry("RF", "3").containsEntry("BOOTSTRAP",
                "127.0.0.1:" + kafka.addresses().port(compose.service("kafka-1"), 29092) + ",127.0.0.1:"
                        + kafka.addresses().port(compose.service("kafka-2"), 29092) + ",127.0.0.1:"
                        + kafka.addresses().port(compose.service("kafka-3"), 29092));
    }

    @Test
    void theHealthcheckAsksTheNodesOwnInternalListener() {
        ComposeService one = compose.service("kafka-1");

        assertThat(kafka.healthcheck(one)).containsExactly("/bin/sh", "-c",
                "/opt/kafka/bin/kafka-broker-api-versions.sh --bootstrap-server 127.0.0.1:"
                        + kafka.addresses().port(one, 29092) + " > /dev/null 2>&1");
    }

    @Test
    void aProfileWithoutKafkaIsRefused() {
        assertThatThrownBy(() -> ComposeKafkaProfile.of(compose, "search")).hasMessageContaining("no Kafka service");
    }
}
