package io.newsmonitor.nlp.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsmonitor.events.IndustryMention;
import io.newsmonitor.nlp.pipeline.EnrichmentPipeline;
import io.newsmonitor.nlp.support.Seeds;
import java.util.List;
import org.junit.jupiter.api.Test;

class IndustryDetectorTest {

    private static final EnrichmentPipeline PIPELINE = EnrichmentPipeline.withDefaults();

    private final IndustryDetector detector = new IndustryDetector(IndustryTaxonomy.load());

    private static String cleanText(String seed) {
        return PIPELINE.enrich(Seeds.raw(seed)).text();
    }

    @Test
    void findsTheAluminiumIndustryOfLezhiInTraditionalSeed003() {
        // 铝材 ×3, 铝业 ×2; 电子信息 ×2; 联友纺织, 纺织服装; 装备制造
        assertThat(detector.detect(cleanText("003"))).containsExactly(
                new IndustryMention("铝基新材料", 5),
                new IndustryMention("电子信息", 2),
                new IndustryMention("纺织服装", 2),
                new IndustryMention("装备制造", 1));
    }

    @Test
    void ranksTheIndustriesOfGuangyuanSeed000ByMentionsThenName() {
        assertThat(detector.detect(cleanText("000"))).containsExactly(
                new IndustryMention("铝基新材料", 7),
                new IndustryMention("食品饮料", 5),
                new IndustryMention("清洁能源", 3),
                new IndustryMention("硅基新材料", 3),
                new IndustryMention("现代农业", 2),
                new IndustryMention("生物医药", 2),
                new IndustryMention("文旅", 1),
                new IndustryMention("能源化工", 1));
    }

    @Test
    void countsALongerTermOnceNotAgainAsItsShorterPart() {
        assertThat(detector.detect("发展能源化工和生物医药")).containsExactly(
                new IndustryMention("生物医药", 1), new IndustryMention("能源化工", 1));
    }

    @Test
    void countsNoIndustryForTheNameOfADepartment() {
        assertThat(detector.detect("区农业农村委、区文化旅游委参加")).isEmpty();
    }

    @Test
    void rejectsATermGivenToTwoIndustries() {
        assertThatThrownBy(() -> IndustryTaxonomy.parse(List.of("甲\t化工", "乙\t化工")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The term 化工 belongs to both 甲 and 乙; give each term to one industry");
    }
}
