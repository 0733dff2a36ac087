package io.newsmonitor.nlp.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DefaultConsumerCountTest {

    @Test
    void runsOneConsumerPerCore() {
        assertThat(DefaultConsumerCount.forCores(1)).isEqualTo(1);
        assertThat(DefaultConsumerCount.forCores(2)).isEqualTo(2);
        assertThat(DefaultConsumerCount.forCores(4)).isEqualTo(4);
    }

    @Test
    void runsNoMoreConsumersThanArticlesRawHasPartitions() {
        assertThat(DefaultConsumerCount.forCores(16)).isEqualTo(6);
    }

    @Test
    void publishesTheCountOfThisMachineBelowApplicationProperties() {
        DefaultConsumerCount source = new DefaultConsumerCount();

        assertThat(source.getValue("nlp.default-consumers"))
                .isEqualTo(String.valueOf(DefaultConsumerCount.forCores(Runtime.getRuntime().availableProcessors())));
        assertThat(source.getValue("nlp.keywords")).isNull();
        assertThat(source.getOrdinal()).isLessThan(250);
    }
}
