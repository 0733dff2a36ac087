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
}
