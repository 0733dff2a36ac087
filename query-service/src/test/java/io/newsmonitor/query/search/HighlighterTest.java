package io.newsmonitor.query.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsmonitor.query.SampleArticles;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class HighlighterTest {

    private final Highlighter highlighter = new Highlighter(10, 3);

    @Test
    void marksEachOccurrenceWithOffsetsIntoItsFragment() {
        List<Highlight> fragments = new Highlighter(15, 3)
                .highlight("铝基新材料", "构建以铝基新材料、硅基新材料为主导,突出铝基新材料1个首位产业");

        assertThat(fragments).hasSize(1);
        Highlight only = fragments.get(0);
        assertThat(only.text()).isEqualTo("构建以铝基新材料、硅基新材料为主导,突出铝基新材料1个首位产业");
        assertThat(only.marks()).containsExactly(new int[] {3, 8}, new int[] {20, 25});
    }

    @Test
    void cutsSeparateFragmentsForDistantHits() {
        String text = "李余良讲话。" + "一".repeat(40) + "李余良强调";

        List<Highlight> fragments = highlighter.highlight("李余良", text);

        assertThat(fragments).extracting(Highlight::text)
                .containsExactly("李余良讲话。" + "一".repeat(7), "一".repeat(10) + "李余良强调");
        assertThat(fragments).extracting(h -> h.marks().get(0)).containsExactly(new int[] {0, 3}, new int[] {10, 13});
    }

    @Test
    void convertsATraditionalQueryAndIgnoresSyntaxAndExcludedWords() {
        assertThat(Highlighter.words("\"羅增斌\" AND 六大突破 -疫情 NOT 会议")).containsExactly("六大突破", "罗增斌");
    }

    @Test
    void highlightsThePersonInTheRealSeed() {
        String text = SampleArticles.pingchang(Instant.EPOCH).text();

        List<Highlight> fragments = new Highlighter(30, 3).highlight("李余良", text);

        assertThat(fragments).hasSize(3);
        for (Highlight fragment : fragments) {
            for (int[] mark : fragment.marks()) {
                assertThat(fragment.text().substring(mark[0], mark[1])).isEqualTo("李余良");
            }
        }
    }

    @Test
    void nothingToHighlightWithoutWords() {
        assertThat(highlighter.highlight(null, "李余良")).isEmpty();
        assertThat(highlighter.highlight("  ", "李余良")).isEmpty();
    }
}
