package io.newsmonitor.local.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BrokerClassPathTest {

    @Test
    void anArtifactIsKnownByItsNameWhateverItsVersion() {
        assertThat(BrokerClassPath.artifactName("kafka_2.13-4.1.1.jar")).isEqualTo("kafka_2.13");
        assertThat(BrokerClassPath.artifactName("scala-library-2.13.16.jar")).isEqualTo("scala-library");
        assertThat(BrokerClassPath.artifactName("log4j-slf4j2-impl-2.24.3.jar")).isEqualTo("log4j-slf4j2-impl");
        assertThat(BrokerClassPath.artifactName("kafka-clients.jar")).isEqualTo("kafka-clients");
        assertThat(BrokerClassPath.artifactName("classes")).isEqualTo("classes");
    }

    @Test
    void keepsOnlyTheListedArtifactsInTheirOrder() {
        String classPath = String.join(File.pathSeparator, "/m2/org/jboss/slf4j-jboss-logmanager-2.0.1.Final.jar",
                "/m2/kafka_2.13-4.1.1.jar", "/work/target/classes", "/m2/kafka-clients-4.0.0.jar");

        assertThat(BrokerClassPath.only(classPath, Set.of("kafka_2.13", "kafka-clients")))
                .isEqualTo("/m2/kafka_2.13-4.1.1.jar" + File.pathSeparator + "/m2/kafka-clients-4.0.0.jar");
    }

    @Test
    void theBrokerOfThisTestJvmGetsKafkaAndLog4jButNotTheTestLibraries() {
        List<String> names = Arrays.stream(BrokerClassPath.fromRunningJvm().split(File.pathSeparator))
                .map(entry -> BrokerClassPath.artifactName(Path.of(entry).getFileName().toString()))
                .toList();

        assertThat(names).contains("kafka_2.13", "kafka-clients", "kafka-server", "log4j-core", "log4j-slf4j2-impl")
                .doesNotContain("junit-jupiter-api", "assertj-core", "awaitility", "classes", "test-classes");
    }
}
