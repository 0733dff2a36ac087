package io.newsmonitor.nlp.meta;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OutletExtractorTest {

    private final OutletExtractor extractor = new OutletExtractor();

    @Test
    void readsOutletBeforeEditor() {
        assertThat(extractor.extract("2024年10月17日 21:18 来源:中新网四川 编辑:尧欣雨")).isEqualTo("中新网四川");
    }

    @Test
    void readsOutletDirectlyFollowedByEditor() {
        assertThat(extractor.extract("2024-02-20 02:03:38来源:涪陵区融媒体中心编辑:雷舸责任编辑:"))
                .isEqualTo("涪陵区融媒体中心");
    }

    @Test
    void readsOutletAtEndOfLine() {
        assertThat(extractor.extract("来源:新华网\n正文")).isEqualTo("新华网");
    }

    @Test
    void treatsAListOfNamesAsBylineNotOutlet() {
        assertThat(extractor.extract("时间:2022年07月24日来源:吴弢 吴定君阅读:")).isNull();
    }

    @Test
    void returnsNullWithoutSourceField() {
        assertThat(extractor.extract("苍溪县召开十四届县委常委会第67次会议。")).isNull();
    }

    @Test
    void readsTheSiteThatClaimsTheCopyright() {
        assertThat(extractor.fromCopyright(java.util.List.of("投稿邮箱邮箱:1345926431@qq.com",
                "Copyright © 2019-2022 民生巴中网版权所有       蜀ICP备17027093号-1        法律顾问:熊庆")))
                .isEqualTo("民生巴中网");
    }

    @Test
    void findsNoOutletInCopyrightLinesThatClaimNothing() {
        assertThat(extractor.fromCopyright(java.util.List.of("(版权作品 未经授权 严禁转载、摘编)"))).isNull();
    }

    @Test
    void stopsAtAFullWidthSpaceRunBeforeAViewCounter() {
        assertThat(extractor.extract("发布时间：2025-03-12 09:30　来源：宣汉县融媒体中心　浏览次数：1268"))
                .isEqualTo("宣汉县融媒体中心");
    }

    @Test
    void stopsAtTheNextLabelOrABar() {
        assertThat(extractor.extract("时间：2025-04-01 来源：达州日报 作者：王敏 唐小川")).isEqualTo("达州日报");
        assertThat(extractor.extract("来源：开江县人民政府|字号：大 中 小")).isEqualTo("开江县人民政府");
        assertThat(extractor.extract("本文来源：四川日报 2025年2月18日 第2版")).isEqualTo("四川日报");
    }

    @Test
    void readsAnInformationSourceField() {
        assertThat(extractor.extract("[ 2025-04-01 ]　　信息来源：渠县农业农村局　　阅读次数：89"))
                .isEqualTo("渠县农业农村局");
    }

    @Test
    void passesOverASourceThatASentenceTalksAbout() {
        assertThat(extractor.extract("项目资金来源：中央预算内投资和地方政府专项债券。\n（来源：达州日报）"))
                .isEqualTo("达州日报");
        assertThat(extractor.extract("项目资金来源：中央预算内投资。")).isNull();
    }

    @Test
    void dropsBookTitleMarksAroundTheOutlet() {
        assertThat(extractor.extract("日期：2025.05.06　来源：《江津日报》")).isEqualTo("江津日报");
    }

    @Test
    void findsNoOutletInASourceFieldNamingThePagesOwnSite() {
        assertThat(extractor.extract("发布时间：2025-06-01　来源：本站")).isNull();
    }

    @Test
    void readsTheOwnerNamedAfterTheCopyrightLabel() {
        assertThat(extractor.fromCopyright(java.util.List.of("版权所有：平昌县人民政府　技术支持：四川某某网络科技有限公司")))
                .isEqualTo("平昌县人民政府");
    }

    @Test
    void treatsNamesSeparatedByFullWidthSpacesAsABylineAndThisPaperAsNoOutlet() {
        assertThat(extractor.extract("时间：2025年3月1日　来源：吴弢　吴定君")).isNull();
        assertThat(extractor.extract("来源：本报记者 张敏")).isNull();
    }

    @Test
    void readsThePublisherField() {
        assertThat(extractor.extract("发布者：巴州区人社局　发布时间：2025年05月08日")).isEqualTo("巴州区人社局");
    }

    @Test
    void readsTheOutletADatelineNamesWhenThereIsNoSourceField() {
        assertThat(extractor.extract("项目集中签约\n宜宾新闻网讯 5月6日，三江新区举行签约活动。")).isEqualTo("宜宾新闻网");
        assertThat(extractor.extract("本报讯（记者 何静）5月18日上午，演练举行。")).isNull();
        assertThat(extractor.extract("来源：万源市融媒体中心\n涪陵网讯(记者 吴芳)2月19日")).isEqualTo("万源市融媒体中心");
    }
}
