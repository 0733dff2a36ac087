package io.newsmonitor.nlp.keywords;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsmonitor.nlp.pipeline.EnrichmentPipeline;
import io.newsmonitor.nlp.support.Seeds;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SummarizerTest {

    private final Summarizer summarizer = new Summarizer(3);

    @Test
    void summarisesSeedWithThreeOfItsSentencesInOriginalOrder() {
        String text = EnrichmentPipeline.withDefaults().enrich(Seeds.raw("002")).text();

        String summary = summarizer.summarize(text);

        List<String> sentences = Arrays.stream(summary.split("(?<=。)")).toList();
        assertThat(sentences).hasSize(3);
        assertThat(sentences).allSatisfy(s -> assertThat(text).contains(s));
        assertThat(sentences.stream().map(text::indexOf).toList()).isSorted();
    }

    @Test
    void returnsTheOnlySentenceOfAShortText() {
        assertThat(summarizer.summarize("苍溪县召开十四届县委常委会第67次会议。")).isEqualTo("苍溪县召开十四届县委常委会第67次会议。");
    }

    @Test
    void neverReturnsAnEmptySummaryForTextWithWords() {
        assertThat(summarizer.summarize("工业强县")).isEqualTo("工业强县");
    }

    @Test
    void returnsEmptySummaryForBlankText() {
        assertThat(summarizer.summarize(" \n ")).isEmpty();
    }
}
