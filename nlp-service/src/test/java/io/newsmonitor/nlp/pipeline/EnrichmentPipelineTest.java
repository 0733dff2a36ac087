package io.newsmonitor.nlp.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsmonitor.events.EnrichedArticle;
import io.newsmonitor.events.PersonMention;
import io.newsmonitor.events.PlaceMention;
import io.newsmonitor.events.RawArticle;
import io.newsmonitor.nlp.support.Seeds;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
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
        assertThat(enriched.persons()).contains(new PersonMention("李余良", 7, List.of("县委书记")));
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
        assertThat(enriched.persons()).contains(new PersonMention("王志杰", 7, List.of("区委书记"))).extracting(PersonMention::name)
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

    @Test
    void givesPostsOfTheLeadersOfSeed002() {
        EnrichedArticle enriched = pipeline.enrich(Seeds.raw("002"));

        assertThat(enriched.persons()).contains(
                new PersonMention("罗增斌", 7, List.of("市委书记")),
                new PersonMention("何平", 3, List.of("市委副书记", "市长")),
                new PersonMention("魏文通", 2, List.of("市人大常委会主任")));
    }

    @Test
    void readsBylinesOfWireStory003() {
        EnrichedArticle enriched = pipeline.enrich(Seeds.raw("003"));

        assertThat(enriched.authors()).containsExactly("吴平华", "李成");
        assertThat(enriched.editors()).containsExactly("尧欣雨");
        assertThat(enriched.photographers()).containsExactly("孙小红");
    }

    @Test
    void readsReportersAndEditorOfSeed004AndAuthorsInTheSourceFieldOf001() {
        EnrichedArticle seed004 = pipeline.enrich(Seeds.raw("004"));
        EnrichedArticle seed001 = pipeline.enrich(Seeds.raw("001"));

        assertThat(seed004.authors()).containsExactly("吴芳", "程淇", "何乾健");
        assertThat(seed004.editors()).containsExactly("雷舸");
        assertThat(seed004.photographers()).isEmpty();
        assertThat(seed001.authors()).containsExactly("吴弢", "吴定君");
    }

    @Test
    void recordsRemovedFurnitureOfSeed001ByCategory() {
        EnrichedArticle enriched = pipeline.enrich(Seeds.raw("001"));

        assertThat(enriched.removed()).containsOnlyKeys("breadcrumb", "contact", "copyright");
        assertThat(enriched.removed().get("breadcrumb")).containsExactly("当前位置:首页 > 平昌县 > 时政新闻");
        assertThat(enriched.removed().get("contact")).hasSize(3).first().isEqualTo("投稿及商务合作电话:17780758009");
        assertThat(enriched.removed().get("copyright")).singleElement().asString().contains("ICP备17027093号");
    }

    @Test
    void recordsContactLinesPinyinMojibakeAndNavigationOfSeed002() {
        EnrichedArticle enriched = pipeline.enrich(Seeds.raw("002"));

        assertThat(enriched.removed()).containsOnlyKeys("pinyin", "mojibake", "contact", "navigation");
        assertThat(enriched.removed().get("contact")).containsExactly("联系人:李先生", "邮箱:3480200800@qq.com",
                "邮政编码:636000", "网址: hg5777.cn", "地址:巴中市江北大道西段凯悦", "名城9栋12楼");
        assertThat(enriched.removed().get("pinyin")).hasSize(200).startsWith("聯(lián)", "網(wǎng)");
        assertThat(enriched.removed().get("mojibake")).containsExactly("蠛褪∥ぷ魉悸", "目傋ナ?,");
        assertThat(enriched.removed().get("navigation")).hasSize(2).allSatisfy(line -> assertThat(line)
                .matches("(上一篇|下一篇):.*"));
    }

    @Test
    void recordsDuplicatedCaptionsBreadcrumbAndDisclaimerOfSeed003() {
        EnrichedArticle enriched = pipeline.enrich(Seeds.raw("003"));

        assertThat(enriched.removed()).containsOnlyKeys("pinyin", "mojibake", "breadcrumb", "copyright", "duplicate");
        assertThat(enriched.removed().get("duplicate"))
                .containsExactly("乐至县工业高质量发展大会现场。孙小红 摄", "乐至工业园区一角。乐至县委宣传部。供图");
        assertThat(enriched.removed().get("breadcrumb")).containsExactly("首页 > bwbd > 中新网四川");
        assertThat(enriched.text()).containsOnlyOnce("孙小红 摄");
    }

    @Test
    void recordsReprintNoticeAndCommentWidgetsOfSeed004() {
        EnrichedArticle enriched = pipeline.enrich(Seeds.raw("004"));

        assertThat(enriched.removed()).containsOnlyKeys("pinyin", "copyright", "comments");
        assertThat(enriched.removed().get("comments")).containsExactly("网友评论", "全部评论");
        assertThat(enriched.removed().get("copyright")).containsExactly("(版权作品 未经授权 严禁转载、摘编)");
    }

    @Test
    void takesTheOutletOfSeed001FromItsCopyrightLineWhenItsSourceFieldHoldsNames() {
        EnrichedArticle enriched = pipeline.enrich(Seeds.raw("001"));

        assertThat(enriched.outlet()).isEqualTo("民生巴中网");
        assertThat(enriched.authors()).containsExactly("吴弢", "吴定君");
    }

    @Test
    void generatesHeadlineFromSummaryForSeedWithoutTitle() {
        EnrichedArticle enriched = pipeline.enrich(Seeds.raw("000"));

        assertThat(enriched.title()).isNull();
        assertThat(enriched.generatedTitle()).isEqualTo("连日来,苍溪、旺苍、剑阁、青川、利州、昭化");
    }

    @Test
    void generatesNoHeadlineWhenTheTextHasOne() {
        assertThat(pipeline.enrich(Seeds.raw("003")).generatedTitle()).isNull();
    }

    @Test
    void takesTitleAndDateFromTheInputWhenTheTextHasNone() {
        RawArticle raw = Seeds.raw("000").withInputDetails("UTF-8", "html", " 廣元各地傳達學習市委全會精神 ",
                "2023-12-01T10:30:00Z", null, null);

        EnrichedArticle enriched = pipeline.enrich(raw);

        assertThat(enriched.title()).isEqualTo("广元各地传达学习市委全会精神");
        assertThat(enriched.generatedTitle()).isNull();
        assertThat(enriched.publishedAt()).isEqualTo("2023-12-01T18:30:00+08:00");
    }

    @Test
    void prefersTheTextsOwnTitleAndDateAndIgnoresAnUnreadableInputDate() {
        RawArticle seed003 = Seeds.raw("003").withInputDetails(null, "html", "中新网四川", "2020-01-01", null, null);
        RawArticle seed000 = Seeds.raw("000").withInputDetails(null, "json", null, "yesterday", null, null);

        assertThat(pipeline.enrich(seed003).title()).isEqualTo("帅乡工业高质量发展:再造一个“工业乐至”");
        assertThat(pipeline.enrich(seed003).publishedAt()).isEqualTo("2024-10-17T21:18:00+08:00");
        assertThat(pipeline.enrich(seed000).publishedAt()).isNull();
    }

    @Test
    void readsTheDayOfThePublicationTimeAsLocalDateParseDoes() {
        for (String time : List.of("2024-10-17T21:18:00+08:00", "1999-01-01T00:00:00+08:00", "2024-02-29T23:59:59+08:00")) {
            assertThat(EnrichmentPipeline.day(time)).isEqualTo(LocalDate.parse(time.substring(0, 10)));
        }
    }
}
