package io.newsmonitor.nlp.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.List;
import org.junit.jupiter.api.Test;

class FurnitureRemoverTest {

    private final FurnitureRemover remover = new FurnitureRemover();

    @Test
    void removesBreadcrumbLines() {
        assertThat(remover.remove("当前位置:首页 > 平昌县 > 时政新闻\n平昌县级领导干部读书班举行"))
                .isEqualTo("平昌县级领导干部读书班举行");
        assertThat(remover.remove("首页 > bwbd > 中新网四川\n正文")).isEqualTo("正文");
    }

    @Test
    void removesContactBlockWithItsContinuationLine() {
        String header = "联系人:李先生\n邮箱:3480200800@qq.com\n邮政编码:636000\n网址: hg5777.cn\n"
                + "地址:巴中市江北大道西段凯悦\n名城9栋12楼\n罗增斌在全市“六大突破”暨重大项目推进现场会上强调";

        assertThat(remover.remove(header)).isEqualTo("罗增斌在全市“六大突破”暨重大项目推进现场会上强调");
    }

    @Test
    void removesCopyrightAndIcpLines() {
        String footer = "正文第一段。\n\n投稿及商务合作电话:17780758009\n\n"
                + "Copyright © 2019-2022 民生巴中网版权所有       蜀ICP备17027093号-1        法律顾问:熊庆";

        assertThat(remover.remove(footer)).isEqualTo("正文第一段。");
    }

    @Test
    void removesReprintNoticesAndNavigation() {
        String text = "正文。\n(版权作品 未经授权 严禁转载、摘编)\n网友评论\n全部评论\n上一篇: 某文章\n下一篇: 另一篇";

        assertThat(remover.remove(text)).isEqualTo("正文。");
    }

    @Test
    void keepsParagraphsTrimmedWithOneBlankLineBetween() {
        String text = "   第一段。\n\n\n\u3000\u3000第二段。\n第三段。";

        assertThat(remover.remove(text)).isEqualTo("第一段。\n\n第二段。\n第三段。");
    }

    @Test
    void recordsEachRemovedLineUnderItsCategory() {
        Removals removed = new Removals();
        String text = "首页 > bwbd > 中新网四川\n邮箱:3480200800@qq.com\n名城9栋12楼\n正文。\n图片。孙小红 摄\n"
                + "图片。孙小红 摄\n蜀ICP备17027093号-1\n下一篇: 另一篇\n网友评论";

        assertThat(remover.remove(text, removed)).isEqualTo("正文。\n图片。孙小红 摄");
        assertThat(removed.asMap()).containsExactly(
                entry("breadcrumb", List.of("首页 > bwbd > 中新网四川")),
                entry("contact", List.of("邮箱:3480200800@qq.com", "名城9栋12楼")),
                entry("duplicate", List.of("图片。孙小红 摄")),
                entry("copyright", List.of("蜀ICP备17027093号-1")),
                entry("navigation", List.of("下一篇: 另一篇")),
                entry("comments", List.of("网友评论")));
    }

    @Test
    void removesViewCountersAndPageToolsFromAHeaderLine() {
        Removals removed = new Removals();
        String text = "发布时间：2025-03-12 09:30　来源：宣汉县融媒体中心　浏览次数：1268\n字号：大 中 小\n正文。";

        assertThat(remover.remove(text, removed)).isEqualTo("发布时间：2025-03-12 09:30　来源：宣汉县融媒体中心\n正文。");
        assertThat(removed.asMap()).containsExactly(
                entry("counter", List.of("浏览次数：1268")),
                entry("tools", List.of("字号：大 中 小")));
    }

    @Test
    void keepsACounterThatHasNoNumber() {
        assertThat(remover.remove("时间:2022年07月24日来源:吴弢 吴定君阅读:")).isEqualTo("时间:2022年07月24日来源:吴弢 吴定君阅读:");
    }

    @Test
    void removesPageToolLines() {
        Removals removed = new Removals();
        String text = "正文。\n【打印本页】【关闭窗口】\n分享到：\n扫一扫在手机打开当前页\n日期：2025.05.06　【字体：大 中 小】【打印】";

        assertThat(remover.remove(text, removed)).isEqualTo("正文。\n日期：2025.05.06");
        assertThat(removed.asMap()).containsExactly(entry("tools", List.of(
                "【打印本页】", "【关闭窗口】", "分享到：", "扫一扫在手机打开当前页", "【字体：大 中 小】", "【打印】")));
    }

    @Test
    void removesTheSitesTopBar() {
        Removals removed = new Removals();
        String text = "今天是：2025年4月3日 星期四\n达州市通川区人民政府门户网站\n欢迎访问平昌县人民政府网站\n正文。";

        assertThat(remover.remove(text, removed)).isEqualTo("正文。");
        assertThat(removed.asMap()).containsOnlyKeys("banner");
    }

    @Test
    void removesTheSitesSponsorAndSystemLines() {
        String text = "正文。\n主办单位：万源市人民政府\n网站标识码：5119230001\nProduced By 大汉网络\n联系我们 | 网站地图";

        assertThat(remover.remove(text)).isEqualTo("正文。");
    }

    @Test
    void removesBreadcrumbsWithoutTheHomeLink() {
        assertThat(remover.remove("您的位置：新闻中心 > 县域动态\n政务公开 > 工作动态\n正文。")).isEqualTo("正文。");
    }

    @Test
    void keepsTextThatMentionsPrintingOrComparesNumbers() {
        String text = "打印机生产线项目于3月开工。\nGDP增速>6%\n分享到户的经验做法，得到了群众认可，各乡镇纷纷前来学习交流，并表示将结合实际推广。";

        assertThat(remover.remove(text)).isEqualTo(text);
    }

    @Test
    void removesAFontSizeToolWithEachSizeInBrackets() {
        assertThat(remover.remove("发布日期：2025-05-20　字体：【大】【中】【小】\n正文。")).isEqualTo("发布日期：2025-05-20\n正文。");
    }

    @Test
    void removesACounterWithThousandsAndTheBarBeforeIt() {
        Removals removed = new Removals();

        assertThat(remover.remove("来源：南江县乡村振兴局 | 发布时间：2025-02-26 15:40:12 | 点击：1,203", removed))
                .isEqualTo("来源：南江县乡村振兴局 | 发布时间：2025-02-26 15:40:12");
        assertThat(removed.asMap()).containsExactly(entry("counter", List.of("点击：1,203")));
    }

    @Test
    void removesTheSitesNameAloneOnItsLine() {
        assertThat(remover.remove("重庆市綦江区人民政府\n綦江区举行重点项目集中开工仪式\n区人民政府召开常务会议。"))
                .isEqualTo("綦江区举行重点项目集中开工仪式\n区人民政府召开常务会议。");
    }

    @Test
    void keepsTheIssuingGovernmentThatSignsADocumentBelowItsBody() {
        String text = "达州市人民政府\n关于印发工作方案的通知\n现将方案印发给你们，请认真贯彻执行。\n达州市人民政府\n2025年3月5日";

        assertThat(remover.remove(text))
                .isEqualTo("关于印发工作方案的通知\n现将方案印发给你们，请认真贯彻执行。\n达州市人民政府\n2025年3月5日");
    }

    @Test
    void removesACounterThatShowsOnlyAPlaceholder() {
        assertThat(remover.remove("来源：泸县融媒体中心 | 浏览：--")).isEqualTo("来源：泸县融媒体中心");
    }
}
