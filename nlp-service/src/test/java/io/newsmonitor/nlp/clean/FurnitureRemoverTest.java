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
}
