package io.newsmonitor.nlp.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsmonitor.events.EnrichedArticle;
import io.newsmonitor.events.RawArticle;
import io.newsmonitor.nlp.support.Seeds;
import org.junit.jupiter.api.Test;

class EnrichmentPipelineProvenanceTest {

    private final EnrichmentPipeline pipeline = EnrichmentPipeline.withDefaults();

    @Test
    void timesEveryStage() {
        EnrichedArticle enriched = pipeline.enrich(Seeds.raw("003"));

        assertThat(enriched.stageMillis()).containsOnlyKeys("clean", "script", "furniture", "metadata", "entities",
                "places", "segment", "keywords", "summary", "industries", "about", "dedup");
        assertThat(enriched.stageMillis().values()).allSatisfy(millis -> assertThat(millis).isNotNegative());
    }

    @Test
    void statesTheMavenVersionOfThePipeline() {
        assertThat(pipeline.enrich(Seeds.raw("003")).pipelineVersion())
                .isEqualTo(PipelineVersion.read()).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
    }

    @Test
    void setsTheFingerprintAndIndustries() {
        EnrichedArticle enriched = pipeline.enrich(Seeds.raw("003"));

        assertThat(enriched.fingerprint()).isEqualTo("c4f7c03848ac9159");
        assertThat(enriched.industries().get(0).name()).isEqualTo("铝基新材料");
        assertThat(enriched.duplicateOf()).isNull();
    }

    @Test
    void linksACopyWithExtraFurnitureToTheEarlierArticle() {
        RawArticle original = Seeds.raw("003");
        pipeline.enrich(original);

        EnrichedArticle copy = pipeline.enrich(RawArticle.of("copy.txt", 1, Seeds.RECEIVED_AT,
                Seeds.text("003") + "\n上一篇:某某新闻\n下一篇:某某新闻\n"));

        assertThat(copy.id()).isNotEqualTo(original.id());
        assertThat(copy.duplicateOf()).isEqualTo(original.id());
    }

    @Test
    void doesNotLinkAnArticleEnrichedTwiceToItself() {
        pipeline.enrich(Seeds.raw("003"));

        assertThat(pipeline.enrich(Seeds.raw("003")).duplicateOf()).isNull();
    }
}
