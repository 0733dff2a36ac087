package io.newsmonitor.nlp.keywords;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsmonitor.nlp.segment.SegmentedText;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KeywordCandidatesTest {

    private final KeywordCandidates candidates = new KeywordCandidates(StopWords.load());

    @Test
    void countsNounCompoundsWithoutCuttingSingleCharacterChains() {
        Map<String, KeywordCandidates.Count> counts = candidates.count(SegmentedText.of(
                "构建以铝基新材料、硅基新材料、食品饮料为主导产业的产业集群。建设铝基新材料产业集群。"));

        assertThat(counts.get("铝基新材料")).isEqualTo(new KeywordCandidates.Count("铝基新材料", 2, true));
        assertThat(counts.get("硅基新材料")).isEqualTo(new KeywordCandidates.Count("硅基新材料", 1, true));
        assertThat(counts.get("食品饮料")).isEqualTo(new KeywordCandidates.Count("食品饮料", 1, true));
        assertThat(counts.get("产业集群")).isEqualTo(new KeywordCandidates.Count("产业集群", 2, true));
        assertThat(counts.get("产业")).isEqualTo(new KeywordCandidates.Count("产业", 3, false));
        assertThat(counts).doesNotContainKeys("基新材料", "铝基");
    }

    @Test
    void countsQuotedTermsAndNeverStopWords() {
        Map<String, KeywordCandidates.Count> counts = candidates.count(SegmentedText.of(
                "会议强调,要推动“六大突破”。实施“六大突破”,加快发展建设。"));

        assertThat(counts.get("六大突破")).isEqualTo(new KeywordCandidates.Count("六大突破", 2, true));
        assertThat(counts).doesNotContainKeys("会议", "发展", "建设", "推动");
    }
}
