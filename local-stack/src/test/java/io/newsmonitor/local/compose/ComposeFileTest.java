package io.newsmonitor.local.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reads the project's own docker-compose.yml. */
class ComposeFileTest {

    private static final Path FILE = Path.of("..", "docker-compose.yml");

    @Test
    void mergeKeysGiveEachClusterNodeTheCommonAndTheClusterSettings() {
        ComposeService node = ComposeFile.read(FILE, Map.of()).service("kafka-2");

        assertThat(node.environment())
                .containsEntry("KAFKA_PROCESS_ROLES", "broker,controller")
                .containsEntry("KAFKA_AUTO_CREATE_TOPICS_ENABLE", "false")
                .containsEntry("KAFKA_MIN_INSYNC_REPLICAS", "2")
                .containsEntry("KAFKA_DEFAULT_REPLICATION_FACTOR", "3")
                .containsEntry("KAFKA_NODE_ID", "2")
                .containsEntry("KAFKA_ADVERTISED_LISTENERS", "INTERNAL://kafka-2:29092,EXTERNAL://localhost:9094");
        assertThat(node.publishedPort(9092)).isEqualTo(9094);
        assertThat(node.healthcheck()).containsExactly("CMD-SHELL",
                "/opt/kafka/bin/kafka-broker-api-versions.sh --bootstrap-server localhost:29092 > /dev/null 2>&1");
        assertThat(node.healthcheckTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(node.profiles()).containsExactly("cluster");
    }

    @Test
    void durationsAreReadInComposeUnits() {
        assertThat(ComposeFile.duration("10s")).isEqualTo(Duration.ofSeconds(10));
        assertThat(ComposeFile.duration("1m30s")).isEqualTo(Duration.ofSeconds(90));
        assertThat(ComposeFile.duration("500ms")).isEqualTo(Duration.ofMillis(500));
        assertThatThrownBy(() -> ComposeFile.duration("10 seconds")).hasMessageContaining("'10 seconds'");
    }

    @Test
    void theTopicsJobIsTheSharedScriptWithDollarsForTheShell() {
        ComposeService job = ComposeFile.read(FILE, Map.of()).service("cluster-topics");

        assertThat(job.entrypoint()).containsExactly("/bin/bash", "-c");
        assertThat(job.command()).hasSize(1);
        assertThat(job.command().get(0)).contains("isr=$(( RF > 1 ? 2 : 1 ))")
                .contains("$t --bootstrap-server $BOOTSTRAP --create --if-not-exists --topic articles.raw")
                .doesNotContain("$$");
        assertThat(job.environment()).containsEntry("RF", "3")
                .containsEntry("BOOTSTRAP", "kafka-1:29092,kafka-2:29092,kafka-3:29092");
    }

    @Test
    void nlpReplicasComeFromTheVariableOrItsDefault() {
        assertThat(ComposeFile.read(FILE, Map.of("NLP_REPLICAS", "2")).service("cluster-nlp-service").replicas())
                .isEqualTo(2);
        assertThat(ComposeFile.read(FILE, Map.of()).service("cluster-nlp-service").replicas()).isEqualTo(3);
    }

    @Test
    void aProfileStartsItsOwnServicesOnly() {
        assertThat(ComposeFile.read(FILE, Map.of()).servicesOf("cluster")).extracting(ComposeService::name)
                .containsExactly("kafka-1", "kafka-2", "kafka-3", "cluster-topics", "cluster-ingest-service",
                        "cluster-nlp-service", "cluster-query-service");
    }
}
