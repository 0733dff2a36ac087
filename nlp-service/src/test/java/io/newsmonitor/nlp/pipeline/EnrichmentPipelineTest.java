package io.newsmonitor.nlp.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsmonitor.events.EnrichedArticle;
import io.newsmonitor.events.PersonMention;
import io.newsmonitor.events.PlaceMention;
import io.newsmonitor.events.RawArticle;
import io.newsmonitor.nlp.support.Seeds;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class EnrichmentPipelineTest {

    private static final Instant NOW = Instant.parse("2024-10-18T09:30:00Z");

    private final EnrichmentPipeline pipeline = new EnrichmentPipeline(10, 3, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void keepsIdentityAndProvenanceOfTheRawArticle() {
        RawArticle raw = Seeds.raw("001");

        EnrichedArticle enriched = pipeline.enrich(raw);

        assertThat(enriched.schemaVersion()).isEqualTo(1);
        assertThat(enriched.id()).isEqualTo(raw.id());
        assertThat(enriched.originalText()).isEqualTo(raw.text());
        assertThat(enriched.fileName()).isEqualTo("001_7d9b857bafb98f1d.txt");
        assertThat(enriched.receivedAt()).isEqualTo(Seeds.RECEIVED_AT);
        assertThat(enriched.enrichedAt()).isEqualTo(NOW);
    }

    @Test
    void enrichesSimplifiedSeed001() {
        EnrichedArticle enriched = pipeline.enrich(Seeds.raw("001"));

        assertThat(enriched.script()).isEqualTo("simplified");
        assertThat(enriched.title()).isEqualTo("平昌县级领导干部和正科级主要负责同志读书班举行");
        assertThat(enriched.publishedAt()).isEqualTo("2022-07-24T00:00:00+08:00");
        assertThat(enriched.persons()).contains(new PersonMention("李余良", 7));
        assertThat(enriched.places()).extracting(PlaceMention::name).anyMatch(name -> name.startsWith("平昌"));
        assertThat(enriched.text()).doesNotContain("当前位置", "Copyright", "ICP备").startsWith("平昌县级领导干部");
    }

    @Test
    void convertsTraditionalSeed002AndFindsItsPeopleAndPlaces() {
        EnrichedArticle enriched = pipeline.enrich(Seeds.raw("002"));

        assertThat(enriched.script()).isEqualTo("traditional");
        assertThat(enriched.text()).contains("罗增斌", "巴中").doesNotContain("羅", "(lián)", "联系人");
        assertThat(enriched.persons()).extracting(PersonMention::name)
                .contains("罗增斌", "何平", "魏文通", "王善平", "陶斌");
        assertThat(enriched.places()).extracting(PlaceMention::name).anyMatch(name -> name.startsWith("巴中"));
    }

    @Test
    void readsHeadlineDateAndOutletOfWireStory003() {
        EnrichedArticle enriched = pipeline.enrich(Seeds.raw("003"));

        assertThat(enriched.title()).isEqualTo("帅乡工业高质量发展:再造一个“工业乐至”");
        assertThat(enriched.publishedAt()).isEqualTo("2024-10-17T21:18:00+08:00");
        assertThat(enriched.outlet()).isEqualTo("中新网四川");
        assertThat(enriched.persons()).extracting(PersonMention::name).contains("吴平华", "李成", "尧欣雨", "孙小红");
        assertThat(enriched.summary()).doesNotContain("版权");
    }

    @Test
    void readsDateWithSecondsAndOutletOfSeed004() {
        EnrichedArticle enriched = pipeline.enrich(Seeds.raw("004"));

        assertThat(enriched.title()).isEqualTo("涪陵区推动成渝地区双城经济圈建设工作推进会召开");
        assertThat(enriched.publishedAt()).isEqualTo("2024-02-20T02:03:38+08:00");
        assertThat(enriched.outlet()).isEqualTo("涪陵区融媒体中心");
        assertThat(enriched.persons()).contains(new PersonMention("王志杰", 7)).extracting(PersonMention::name)
                .contains("何乾健");
    }

    @Test
    void returnsNullTitleAndDateForSeedWithoutHeader() {
        EnrichedArticle enriched = pipeline.enrich(Seeds.raw("000"));

        assertThat(enriched.title()).isNull();
        assertThat(enriched.publishedAt()).isNull();
        assertThat(enriched.outlet()).isNull();
        assertThat(enriched.summary()).isNotEmpty();
    }

    @Test
    void neverReportsTitlesOrSingleCharactersAsPersons() {
        for (String seed : new String[] {"000", "001", "002", "003", "004"}) {
            assertThat(pipeline.enrich(Seeds.raw(seed)).persons())
                    .extracting(PersonMention::name)
                    .allSatisfy(name -> assertThat(name)
                            .hasSizeBetween(2, 4)
                            .doesNotContainPattern("[\\p{P}\\p{N}]")
                            .isNotIn("书记", "市长", "主任", "主席", "记者", "编辑"));
        }
    }

    @Test
    void sortsEveryEntityListByMentionsThenName() {
        EnrichedArticle enriched = pipeline.enrich(Seeds.raw("004"));

        assertThat(enriched.persons()).isSortedAccordingTo(
                java.util.Comparator.comparingInt(PersonMention::mentions).reversed()
                        .thenComparing(PersonMention::name));
        assertThat(enriched.places()).isSortedAccordingTo(
                java.util.Comparator.comparingInt(PlaceMention::mentions).reversed()
                        .thenComparing(PlaceMention::name));
    }

    @Test
    void enrichesAnEmptyTextToAnEmptyArticle() {
        EnrichedArticle enriched = pipeline.enrich(RawArticle.of("empty.txt", 0, Seeds.RECEIVED_AT, ""));

        assertThat(enriched.text()).isEmpty();
        assertThat(enriched.summary()).isEmpty();
        assertThat(enriched.persons()).isEmpty();
        assertThat(enriched.title()).isNull();
    }
}
