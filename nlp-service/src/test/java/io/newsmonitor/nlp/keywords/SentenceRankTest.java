package io.newsmonitor.nlp.keywords;

import static org.assertj.core.api.Assertions.assertThat;

import com.hankcs.hanlp.summary.TextRankSentence;
import io.newsmonitor.nlp.segment.SegmentedText;
import io.newsmonitor.nlp.support.Seeds;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SentenceRankTest {

    @ParameterizedTest
    @ValueSource(strings = {"000", "001", "002", "003", "004"})
    void ranksTheSeedsSentencesExactlyAsHanLpsTextRank(String seed) {
        List<List<String>> sentences = SegmentedText.of(Seeds.text(seed)).sentences().stream()
                .map(sentence -> sentence.terms().stream().map(term -> term.word).filter(w -> w.length() > 1).toList())
                .toList();

        int[] ranked = SentenceRank.rank(sentences);

        assertThat(ranked).hasSizeGreaterThan(10).containsExactly(
                new TextRankSentence(sentences).getTopSentence(sentences.size()));
    }

    @Test
    void keepsTheLastOfSentencesWithTheSameScore() {
        List<List<String>> sentences = List.of(List.of("工业"), List.of("工业"));

        assertThat(SentenceRank.rank(sentences)).containsExactly(1);
    }
}
