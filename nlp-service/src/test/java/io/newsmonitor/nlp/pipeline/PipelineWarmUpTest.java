package io.newsmonitor.nlp.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsmonitor.events.EnrichedArticle;
import io.newsmonitor.events.FigureMention;
import io.newsmonitor.events.OrganizationMention;
import io.newsmonitor.events.PersonMention;
import io.newsmonitor.events.PlaceMention;
import io.newsmonitor.events.RawArticle;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PipelineWarmUpTest {

    private final EnrichmentPipeline pipeline = EnrichmentPipeline.withDefaults();

    @Test
    void stopsAfterTheGivenNumberOfEnrichments() {
        assertThat(PipelineWarmUp.run(pipeline, 3, 600)).isEqualTo(3);
    }

    @Test
    void enrichesOnceWhenNoTimeIsGiven() {
        assertThat(PipelineWarmUp.run(pipeline, 1_000_000, 0)).isEqualTo(1);
    }

    @Test
    void refusesAWarmUpWithoutEnrichments() {
        assertThatThrownBy(() -> PipelineWarmUp.run(pipeline, 0, 5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("nlp.warm-up-enrichments must be at least 1, was 0; set nlp.warm-up=false to skip the warm-up");
    }

    @Test
    void refusesANegativeTime() {
        assertThatThrownBy(() -> PipelineWarmUp.run(pipeline, 10, -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("nlp.warm-up-max-seconds must be 0 or more, was -1");
    }

    @Test
    void theSampleRunsEveryStage() {
        EnrichedArticle enriched = pipeline.enrich(
                RawArticle.of("warm-up", PipelineWarmUp.SAMPLE.length(), Instant.EPOCH, PipelineWarmUp.SAMPLE));

        assertThat(enriched.title()).isEqualTo("巴中市召开工业大会");
        assertThat(enriched.persons()).extracting(PersonMention::name).containsExactly("张杰", "王明", "罗增斌");
        assertThat(enriched.places()).extracting(PlaceMention::name).containsExactly("巴中市", "南江县", "四川", "平昌县", "通江县");
        assertThat(enriched.organizations()).extracting(OrganizationMention::name).containsExactly("中国人民大学", "中新网", "巴中市委");
        assertThat(enriched.removed()).containsOnlyKeys("pinyin");
        assertThat(enriched.figures()).extracting(FigureMention::text).containsExactly("8.2%");
    }
}
