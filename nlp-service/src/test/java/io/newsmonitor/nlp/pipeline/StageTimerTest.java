package io.newsmonitor.nlp.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StageTimerTest {

    @Test
    void namesTheStageThatFailedAndKeepsTheCause() {
        StageTimer timer = new StageTimer();
        IllegalStateException cause = new IllegalStateException("no dictionary");

        assertThatThrownBy(() -> timer.time("keywords", () -> {
            throw cause;
        })).isInstanceOf(PipelineStageException.class)
                .hasMessage("Stage 'keywords' failed: java.lang.IllegalStateException: no dictionary")
                .hasCause(cause)
                .satisfies(e -> assertThat(((PipelineStageException) e).stage()).isEqualTo("keywords"));
        assertThat(timer.millis()).containsOnlyKeys("keywords");
    }

    @Test
    void addsTheTimeOfEachPartOfAStage() {
        StageTimer timer = new StageTimer();

        assertThat(timer.time("metadata", () -> "title")).isEqualTo("title");
        timer.time("metadata", () -> 1);
        timer.time("entities", () -> 2);

        assertThat(timer.millis()).containsOnlyKeys("metadata", "entities");
        assertThat(timer.millis().keySet()).containsExactly("metadata", "entities");
    }
}
