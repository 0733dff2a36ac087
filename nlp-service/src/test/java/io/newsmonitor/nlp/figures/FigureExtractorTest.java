package io.newsmonitor.nlp.figures;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsmonitor.events.FigureMention;
import org.junit.jupiter.api.Test;

class FigureExtractorTest {

    private final FigureExtractor extractor = new FigureExtractor();

    @Test
    void readsAProjectWithItsCapacityFromSeed000() {
        assertThat(extractor.extract("加快推动通威年产40万吨绿色基材(工业硅)项目等重大项目早日落地,"))
                .containsExactly(new FigureMention("年产40万吨绿色基材(工业硅)项目", 40.0, "万吨", "绿色基材(工业硅)项目",
                        FigureMention.PROJECT));
    }

    @Test
    void readsTwoProjectsInAList() {
        assertThat(extractor.extract("加快推进年产50万吨绿色循环再生铝及精深加工、年产40万吨玻璃生产线等重点项目,"))
                .containsExactly(
                        new FigureMention("年产50万吨绿色循环再生铝及精深加工", 50.0, "万吨", "绿色循环再生铝及精深加工",
                                FigureMention.PROJECT),
                        new FigureMention("年产40万吨玻璃生产线", 40.0, "万吨", "玻璃生产线", FigureMention.PROJECT));
    }

    @Test
    void readsAClusterTargetWithItsSizeClass() {
        assertThat(extractor.extract("紧紧围绕全市打造能源化工等3个五百亿级产业集群,"))
                .containsExactly(new FigureMention("3个五百亿级产业集群", 3.0, "个", "产业集群", FigureMention.TARGET));
    }

    @Test
    void readsApproximateCountsOfCompanies() {
        assertThat(extractor.extract("乐至县130余家企业负责人齐聚一堂,入驻工业企业已超200户,实地观摩了18个项目。"))
                .containsExactly(
                        new FigureMention("130余家企业", 130.0, "家", "企业", FigureMention.COUNT),
                        new FigureMention("200户", 200.0, "户", null, FigureMention.COUNT),
                        new FigureMention("18个项目", 18.0, "个", "项目", FigureMention.COUNT));
    }

    @Test
    void readsMoneyPercentAndChineseNumerals() {
        assertThat(extractor.extract("绵阳市签约项目总投资达120亿元,同比增长12.5%,力争培育两百家专精特新企业,增幅为百分之十五。"))
                .containsExactly(
                        new FigureMention("120亿元", 120.0, "亿元", null, FigureMention.MONEY),
                        new FigureMention("12.5%", 12.5, "%", null, FigureMention.PERCENT),
                        new FigureMention("两百家专精", 200.0, "家", "专精", FigureMention.TARGET),
                        new FigureMention("百分之十五", 15.0, "%", null, FigureMention.PERCENT));
    }

    @Test
    void readsMoneyWithoutAProjectWord() {
        assertThat(extractor.extract("全年完成固定资产投入56.3亿元。"))
                .containsExactly(new FigureMention("56.3亿元", 56.3, "亿元", null, FigureMention.MONEY));
    }

    @Test
    void skipsOrdinalsDatesIdiomsAndNumeralsWithoutANoun() {
        assertThat(extractor.extract("2023年第14次会议,7月18日,一个时期,一条心,六个大幅跃升,聚焦“三个四”主导产业,电话17780758009。"))
                .isEmpty();
    }
}
