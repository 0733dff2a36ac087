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
}
