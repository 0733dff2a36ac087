package io.newsmonitor.nlp.figures;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SloganExtractorTest {

    private final SloganExtractor extractor = new SloganExtractor();

    @Test
    void keepsNumberedStrategiesWithTheirNounFromSeed000() {
        assertThat(extractor.extract("要大力实施市委“1345”发展战略,持续深化“3691”重点布局,构建“3+2”工业产业体系,聚焦“1+3+1”产业体系,"))
                .containsExactly("“1345”发展战略", "“3691”重点布局", "“3+2”工业产业体系", "“1+3+1”产业体系");
    }

    @Test
    void keepsQuotedNumberedSlogansOnceEach() {
        assertThat(extractor.extract("全市“六大突破”暨重大项目推进现场会召开。对各区县实施“六大突破”情况进行观摩,深入推进文旅融合发展“六大行动”。"))
                .containsExactly("六大突破", "六大行动");
    }

    @Test
    void keepsQuotedPhrasesNamedAsAStrategy() {
        assertThat(extractor.extract("坚定不移实施“工业强县”战略,坚定落实市委“重大项目推进年”部署,打造更具“烟火气”的夜间经济。"))
                .containsExactly("“工业强县”战略", "“重大项目推进年”部署");
    }

    @Test
    void keepsSlogansOfOtherPlaces() {
        assertThat(extractor.extract("宜宾市深入实施“四大攻坚”,推动“一蓝一绿”产业提质,围绕“5+1”现代产业体系招商。"))
                .containsExactly("四大攻坚", "“5+1”现代产业体系");
    }

    @Test
    void skipsShortQuotedWordsAndMetaphors() {
        assertThat(extractor.extract("强化“一把手”抓“一号工程”,统筹“六稳”“六保”,用好“看得见的手”,做好“主人翁”。"))
                .containsExactly("一号工程");
    }
}
