package io.newsmonitor.nlp.keywords;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsmonitor.events.EnrichedArticle;
import io.newsmonitor.nlp.pipeline.EnrichmentPipeline;
import io.newsmonitor.nlp.support.Seeds;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeywordExtractorTest {

    private final KeywordExtractor extractor = new KeywordExtractor(10);

    private static String cleanText(String seed) {
        EnrichedArticle article = EnrichmentPipeline.withDefaults().enrich(Seeds.raw(seed));
        return article.text();
    }

    @Test
    void findsTheTopicPhrasesOfSeed002() {
        assertThat(extractor.extract(cleanText("002"))).contains("六大突破", "重大项目");
    }

    @Test
    void returnsAtMostTheConfiguredNumberWithoutSingleCharactersOrGenericWords() {
        List<String> keywords = extractor.extract(cleanText("000"));

        assertThat(keywords).hasSize(10).doesNotHaveDuplicates().doesNotContain("发展", "建设", "推动");
        assertThat(keywords).allSatisfy(k -> assertThat(k.length()).isGreaterThan(1));
    }

    @Test
    void returnsNothingForBlankText() {
        assertThat(extractor.extract("  \n")).isEmpty();
    }

    @Test
    void rejectsZeroKeywordsWithTheBadValue() {
        assertThatThrownBy(() -> new KeywordExtractor(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The number of keywords must be at least 1, was 0");
    }

    @Test
    void putsSpecificPhrasesOfSeed004BeforeGenericWords() {
        assertThat(extractor.extract(cleanText("004"))).containsExactly("双城经济圈", "一号工程", "渝东新城", "国家战略腹地",
                "战略支点", "重要增长极", "高品质生活", "重要指示", "一体化", "乡镇街道");
    }

    @Test
    void ranksByInverseDocumentFrequencyOfTheBackgroundCorpus() {
        String text = "打造产业集群,建设产业集群。构建以铝基新材料为主的体系,突出铝基新材料。";
        DocumentFrequencies common = new DocumentFrequencies(10, java.util.Map.of("铝基新材料", 9));
        DocumentFrequencies rare = new DocumentFrequencies(10, java.util.Map.of("产业集群", 9));

        assertThat(new KeywordExtractor(1, StopWords.load(), common).extract(text)).containsExactly("产业集群");
        assertThat(new KeywordExtractor(1, StopWords.load(), rare).extract(text)).containsExactly("铝基新材料");
    }
}
