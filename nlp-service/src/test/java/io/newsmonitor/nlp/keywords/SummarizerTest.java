package io.newsmonitor.nlp.keywords;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsmonitor.nlp.pipeline.EnrichmentPipeline;
import io.newsmonitor.nlp.support.Seeds;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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
    void ranksOnlyTheFirstSentencesOfAVeryLongText() {
        String central = "全县工业经济园区项目投资产业发展工业经济园区项目投资产业发展。";
        String late = longText(Summarizer.MAX_RANKED_SENTENCES + 50, central);
        String early = longText(Summarizer.MAX_RANKED_SENTENCES - 100, central);

        // The repeated sentence shares words with all of its copies, so TextRank ranks it first wherever it competes.
        assertThat(summarizer.summarize(early)).contains(central);
        assertThat(summarizer.summarize(late)).doesNotContain(central).startsWith("第0号句子，说明");
    }

    /** {@code distinct} sentences with nothing in common, then 60 copies of {@code central}. */
    private static String longText(int distinct, String central) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < distinct; i++) {
            text.append("第").append(i).append("号句子，说明").append((char) ('甲' + i % 400)).append("的情况。");
        }
        return text + central.repeat(60);
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

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(strings = {"000", "001", "002", "003", "004"})
    void neverPicksFurnitureForASeed(String seed) {
        String summary = EnrichmentPipeline.withDefaults().enrich(Seeds.raw(seed)).summary();

        assertThat(summary).isNotEmpty()
                .doesNotContain("版权", "联系", "电话", "邮箱", "上一篇", "ICP", "当前位置", "题:", "摄");
    }

    @Test
    void opensWithTheLeadAndSkipsTheDatelineAndCaptionOfSeed003() {
        String summary = EnrichmentPipeline.withDefaults().enrich(Seeds.raw("003")).summary();

        assertThat(summary).startsWith("工业强则乐至强,工业兴则乐至兴,近年来,帅乡陈毅故里发展迅猛。")
                .doesNotContain("中新网四川新闻10月17日电", "发展大会现场。");
    }

    @Test
    void skipsAFurnitureSentenceThatCleaningMissed() {
        String text = "版权所有,未经授权不得转载,联系电话:028-12345678。"
                + "南充市召开民营企业座谈会,听取企业意见建议。会议现场协调解决问题十余个,企业代表纷纷发言。";

        assertThat(new Summarizer(3).summarize(text))
                .isEqualTo("南充市召开民营企业座谈会,听取企业意见建议。会议现场协调解决问题十余个,企业代表纷纷发言。");
    }

    @Test
    void fillsTheThirdPlaceWithASentenceThatKeepsTheSummaryShort() {
        String seed004 = EnrichmentPipeline.withDefaults().enrich(Seeds.raw("004")).summary();

        List<String> sentences = Arrays.stream(seed004.split("(?<=。)")).toList();
        assertThat(sentences).hasSize(3);
        assertThat(sentences.get(0)).isEqualTo("涪陵网讯(记者 吴芳 程淇 何乾健)2月19日,涪陵区“新春第一会”——推动成渝地区双城经济圈建设工作推进会召开。");
        assertThat(sentences.get(2)).isEqualTo("要持续完善机制,按照“清单制+责任制+销号制”工作方法,形成安排精细化、任务清单化、责任链条化、进度表格化、管理数字化的工作体系。");
        assertThat(seed004.length()).isLessThanOrEqualTo(Summarizer.MAX_CHARS);
    }
}
