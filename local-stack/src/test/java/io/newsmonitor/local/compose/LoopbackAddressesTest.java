package io.newsmonitor.local.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LoopbackAddressesTest {

    private static final String LISTENERS = "INTERNAL://:29092,CONTROLLER://:9093,EXTERNAL://:9092";
    private final ComposeService one = node("kafka-1", "9092:9092");
    private final ComposeService two = node("kafka-2", "9094:9092");
    private final LoopbackAddresses addresses = LoopbackAddresses.forListeners(List.of(one, two), "KAFKA_LISTENERS");

    @Test
    void eachListenerOfEachServiceGetsItsOwnLoopbackPort() {
        assertThat(addresses.rewrite(LISTENERS, two)).isEqualTo("INTERNAL://127.0.0.1:" + addresses.port(two, 29092)
                + ",CONTROLLER://127.0.0.1:" + addresses.port(two, 9093) + ",EXTERNAL://127.0.0.1:"
                + addresses.port(two, 9092));
        assertThat(addresses.port(one, 29092)).isNotEqualTo(addresses.port(two, 29092));
    }

    @Test
    void serviceNamesAndPublishedHostPortsLeadToTheListenerBehindThem() {
        assertThat(addresses.rewrite("1@kafka-1:9093,2@kafka-2:9093", one))
                .isEqualTo("1@127.0.0.1:" + addresses.port(one, 9093) + ",2@127.0.0.1:" + addresses.port(two, 9093));
        assertThat(addresses.rewriteForHost("INTERNAL://kafka-2:29092,EXTERNAL://localhost:9094", two))
                .isEqualTo("INTERNAL://127.0.0.1:" + addresses.port(two, 29092) + ",EXTERNAL://127.0.0.1:"
                        + addresses.port(two, 9092));
    }

    @Test
    void addressesThatLeadNowhereAreErrors() {
        assertThatThrownBy(() -> addresses.rewrite("kafka-3:29092", one)).hasMessageContaining("host kafka-3");
        assertThatThrownBy(() -> addresses.rewrite("kafka-2:19092", one)).hasMessageContaining("no listener on port 19092");
        assertThatThrownBy(() -> addresses.rewriteForHost("EXTERNAL://localhost:9095", two))
                .hasMessageContaining("no service publishes host port 9095");
    }

    @Test
    void localhostInsideAContainerIsThatContainer() {
        assertThat(addresses.rewrite("localhost:29092", two)).isEqualTo("127.0.0.1:" + addresses.port(two, 29092));
        ComposeService client = new ComposeService("cluster-ingest-service", null, List.of(), Map.of(), List.of(),
                List.of(), List.of(), List.of(), Duration.ofSeconds(30), 1);
        assertThatThrownBy(() -> addresses.rewrite("localhost:9092", client))
                .hasMessageContaining("cluster-ingest-service").hasMessageContaining("no listener");
    }

    private static ComposeService node(String name, String port) {
        return new ComposeService(name, null, List.of("cluster"), Map.of("KAFKA_LISTENERS", LISTENERS), List.of(port),
                List.of(), List.of(), List.of(), Duration.ofSeconds(30), 1);
    }
}
