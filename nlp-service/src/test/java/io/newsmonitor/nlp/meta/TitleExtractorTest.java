package io.newsmonitor.nlp.meta;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsmonitor.nlp.support.RandomTexts;
import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

class TitleExtractorTest {

    private final TitleExtractor extractor = new TitleExtractor();

    @Test
    void prefersTheTitleAWireStoryStates() {
        String text = "中新社四川分社正文\n帅乡工业高质量发展:再造一个“工业乐至”\n"
                + "中新网四川新闻10月17日电 题:帅乡工业高质量发展:再造一个“工业乐至”\n作者 吴平华 李成";

        assertThat(extractor.extract(text)).isEqualTo("帅乡工业高质量发展:再造一个“工业乐至”");
    }

    @Test
    void takesFirstHeadlineLikeLine() {
        String text = "名城9栋12楼\n罗增斌在全市“六大突破”暨重大项目推进现场会上强调\n何平魏文通朱冬李映参加";

        assertThat(extractor.extract(text)).isEqualTo("罗增斌在全市“六大突破”暨重大项目推进现场会上强调");
    }

    @Test
    void skipsDatelinesAndBylines() {
        String text = "时间:2022年07月24日来源:吴弢 吴定君阅读:\n平昌县级领导干部和正科级主要负责同志读书班举行";

        assertThat(extractor.extract(text)).isEqualTo("平昌县级领导干部和正科级主要负责同志读书班举行");
    }

    @Test
    void returnsNullForTextOfParagraphsOnly() {
        assertThat(extractor.extract("连日来,各地分别召开会议,传达学习全会精神。\n会议指出,要坚定不移实施工业强县战略。"))
                .isNull();
    }

    @Test
    void acceptsAHeadlineThatBeginsWithAYear() {
        assertThat(extractor.extract("2025年达州市防汛应急综合演练在州河举行\n发布日期：2025-05-20 10:12"))
                .isEqualTo("2025年达州市防汛应急综合演练在州河举行");
    }

    @Test
    void skipsAHeaderLineThatBeginsWithAFullDate() {
        assertThat(extractor.extract("2025年4月1日 星期二 通川区应急管理局发布\n通川区召开森林防灭火工作部署会"))
                .isEqualTo("通川区召开森林防灭火工作部署会");
        assertThat(extractor.extract("[ 2025-04-01 ]　　渠县农业农村局发布信息\n渠县扎实推进高标准农田建设"))
                .isEqualTo("渠县扎实推进高标准农田建设");
    }

    @Test
    void skipsTheOriginalTitleOfARepost() {
        assertThat(extractor.extract("原标题：全省农村公路建设现场推进会召开\n四川今年将新建改造农村公路5000公里"))
                .isEqualTo("四川今年将新建改造农村公路5000公里");
    }

    @Test
    void skipsACorrespondentsLineBeforeTheHeadline() {
        assertThat(extractor.extract("通讯员 张晓明 李红梅 王建国\n通川区召开森林防灭火工作部署会"))
                .isEqualTo("通川区召开森林防灭火工作部署会");
    }

    @Test
    void dropsAColumnTagBeforeTheHeadline() {
        assertThat(extractor.extract("【图片新闻】万州区：长江岸线生态修复见成效\n发表时间: 2025-08-12"))
                .isEqualTo("万州区：长江岸线生态修复见成效");
    }

    @Test
    void findsTheWireTitleThePlainSearchFindsInRandomTexts() {
        String[] pieces = {"题", "电", ":", "：", " ", "\n", "\r", "\t", "新", "闻", "a"};
        Random random = new Random(5);
        for (int i = 0; i < 20_000; i++) {
            String text = RandomTexts.of(random, pieces, 12);
            Matcher plain = TitleExtractor.WIRE_TITLE.matcher(text);
            String expected = plain.find() ? plain.group(1).strip() : null;
            assertThat(TitleExtractor.wireTitle(text)).as(text).isEqualTo(expected);
        }
    }
}
