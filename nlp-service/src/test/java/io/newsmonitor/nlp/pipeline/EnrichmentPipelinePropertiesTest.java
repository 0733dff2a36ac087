package io.newsmonitor.nlp.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsmonitor.events.EnrichedArticle;
import io.newsmonitor.events.RawArticle;
import java.time.Instant;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random text through the whole enrichment pipeline: whatever arrives, enrichment finishes without
 * an exception and the clean text never grows beyond the original by more than conversion allows.
 */
class EnrichmentPipelinePropertiesTest {

    private static final EnrichmentPipeline PIPELINE = EnrichmentPipeline.withDefaults();

    @Property(tries = 300)
    void anyUnicodeTextIsEnrichedWithoutAnExceptionAndCleanTextStaysBounded(@ForAll("anyText") String text) {
        EnrichedArticle enriched = PIPELINE.enrich(RawArticle.of("random.txt", text.length(), Instant.EPOCH, text));

        assertThat(enriched.text().length()).isLessThanOrEqualTo(text.length() + 16);
        assertThat(enriched.text()).doesNotContain("\uFFFD");
        assertThat(enriched.originalText()).isEqualTo(text);
    }

    @Property(tries = 200)
    void newsLikeTextWithFurnitureAndPinyinIsEnrichedWithoutAnException(@ForAll("newsLikeText") String text) {
        EnrichedArticle enriched = PIPELINE.enrich(RawArticle.of("news.txt", text.length(), Instant.EPOCH, text));

        assertThat(enriched.text().length()).isLessThanOrEqualTo(text.length() + 16);
        assertThat(enriched.persons()).allSatisfy(person -> assertThat(person.name()).isNotBlank());
        assertThat(enriched.places()).allSatisfy(place -> assertThat(place.mentions()).isPositive());
    }

    @Provide
    Arbitrary<String> anyText() {
        return Arbitraries.strings().all().ofMaxLength(2_000);
    }

    /** Han text mixed with the page furniture, pinyin, numbers, dates and symbols that scraped pages carry. */
    @Provide
    Arbitrary<String> newsLikeText() {
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.strings().withCharRange('\u4e00', '\u9fa5').ofMinLength(1).ofMaxLength(40),
                Arbitraries.of("县委书记", "市长", "记者", "编辑", "来源:", "当前位置:首页 > 新闻", "联系人:", "电话:",
                        "邮箱:", "版权所有", "上一篇", "下一篇", "聯(lián)繫(xì)", "2024年10月17日 21:18", "7月18日至20日",
                        "年产40万吨", "130余家", "“1345”", "\n", "。", ",", "(", ")", "\uFFFD", "\u200b", "\u202e",
                        "😀", "\t", "\r\n", "<script>alert(1)</script>", "&nbsp;", "…", "——"),
                Arbitraries.integers().between(0, 99_999).map(Object::toString));
        return pieces.list().ofMaxSize(120).map(list -> String.join("", list));
    }
}
