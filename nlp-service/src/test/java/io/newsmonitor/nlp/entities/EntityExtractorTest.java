package io.newsmonitor.nlp.entities;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsmonitor.events.OrganizationMention;
import io.newsmonitor.events.PersonMention;
import io.newsmonitor.events.PlaceMention;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntityExtractorTest {

    private final EntityExtractor extractor = new EntityExtractor();

    @Test
    void findsNamesThatFollowTitles() {
        Entities found = extractor.extract("市委副书记、市长何平主持会议。市人大常委会主任魏文通、市政协主席朱冬出席会议。");

        assertThat(found.persons()).extracting(PersonMention::name).contains("何平", "魏文通", "朱冬");
    }

    @Test
    void findsANameBetweenItsPostAndAnActionVerb() {
        Entities found = extractor.extract("开工仪式上，县委书记周建平宣布项目开工，副县长邓晓梅致辞，镇长胡国强陪同考察。");

        assertThat(found.persons()).extracting(PersonMention::name).contains("周建平", "邓晓梅", "胡国强");
    }

    @Test
    void findsNamesInBylinesAndPhotoCredits() {
        Entities found = extractor.extract("作者 吴平华 李成\n\n乐至县工业高质量发展大会现场。孙小红 摄");

        assertThat(found.persons()).extracting(PersonMention::name).contains("吴平华", "李成", "孙小红");
    }

    @Test
    void attachesThePostsWrittenBeforeEachName() {
        Entities found = extractor.extract("市委副书记、市长何平主持会议。市人大常委会主任魏文通出席会议。");

        assertThat(found.persons()).contains(
                new PersonMention("何平", 1, List.of("市委副书记", "市长")),
                new PersonMention("魏文通", 1, List.of("市人大常委会主任")));
    }

    @Test
    void findsNameAtStartOfLine() {
        Entities found = extractor.extract("平昌县举行读书班。\n李余良在开班式上强调,要加快建设工业强县。");

        assertThat(found.persons()).extracting(PersonMention::name).contains("李余良");
    }

    @Test
    void doesNotTakeTheWordAfterGeneralSecretaryForAName() {
        Entities found = extractor.extract("坚决做到“总书记有号令、党中央有部署,重庆见行动”。");

        assertThat(found.persons()).extracting(PersonMention::name).doesNotContain("有号令");
    }

    @Test
    void treatsCountyWrittenAlsoWithSuffixAsPlaceNotPerson() {
        Entities found = extractor.extract("青川县委常委会召开会议。加快推动青川工业经济突破性发展,确保部署在青川落地生根。");

        assertThat(found.persons()).extracting(PersonMention::name).doesNotContain("青川");
        assertThat(found.places()).extracting(PlaceMention::name).contains("青川");
    }

    @Test
    void mergesShortPlaceNameIntoItsDivisionAndCountsBoth() {
        Entities found = extractor.extract("苍溪县召开会议。建设更高水平的宜居苍溪。苍溪县表示,要发展苍溪经济。");

        assertThat(found.places()).contains(PlaceMention.unresolved("苍溪县", 4));
        assertThat(found.places()).extracting(PlaceMention::name).doesNotContain("苍溪");
    }

    @Test
    void keepsNamedOrganisationsAndDropsGenericOnes() {
        Entities found = extractor.extract("会议传达学习市委全会精神。太极集团、华峰集团作交流发言。区委书记王志杰参加会议。");

        assertThat(found.organizations()).extracting(OrganizationMention::name)
                .contains("太极集团")
                .doesNotContain("市委", "区委");
    }

    @Test
    void countsMentionsAndSortsByCountThenName() {
        Entities found = extractor.extract("县委书记李余良作报告。李余良指出,要实干。县政协主席何效德出席。李余良强调,要争先。");

        assertThat(found.persons()).containsExactly(
                new PersonMention("李余良", 3, List.of("县委书记")), new PersonMention("何效德", 1, List.of("县政协主席")));
    }

    @Test
    void findsNothingInTextWithoutNames() {
        Entities found = extractor.extract("要坚定不移推动产业高质量融合发展。");

        assertThat(found.persons()).isEmpty();
        assertThat(found.organizations()).isEmpty();
    }

    @Test
    void takesNoWordWithoutPersonEvidenceForAPerson() {
        Entities found = extractor.extract("会议要求,要聚焦关键点、抓实着力点,推动西部陆海新通道建设。县委书记周建华在调研时强调,要加快发展。");

        assertThat(found.persons()).extracting(PersonMention::name).containsExactly("周建华");
    }

    @Test
    void findsAProducerWrittenBeforeItsOutputAsACompany() {
        Entities found = extractor.extract("加快推动华友年产5万吨高纯镍项目落地。");

        assertThat(found.organizations()).containsExactly(new OrganizationMention("华友", 1, OrganizationMention.COMPANY));
    }

    @Test
    void namesGovernmentBodiesAfterTheirPlaceWithTheirKind() {
        Entities found = extractor.extract("绵阳市召开市委常委会会议,研究部署防汛工作。市政府有关负责同志参加。");

        assertThat(found.organizations()).containsExactly(
                new OrganizationMention("绵阳市委", 1, OrganizationMention.GOVERNMENT),
                new OrganizationMention("绵阳市政府", 1, OrganizationMention.GOVERNMENT));
    }

    @Test
    void takesNoBareEndingForAnOrganisation() {
        Entities found = extractor.extract("会上,五粮液集团、泸州老窖股份有限公司和四川长虹电器股份有限公司作交流发言。");

        assertThat(found.organizations()).extracting(OrganizationMention::name).containsExactly(
                "五粮液集团", "四川长虹电器股份有限公司", "泸州老窖股份有限公司");
    }

    @Test
    void dropsAPlaceWrittenOnlyInsideAnInstitutionsName() {
        Entities found = extractor.extract("西南交通大学的专家参加会诊。");

        assertThat(found.places()).extracting(PlaceMention::name).doesNotContain("西南");
    }

    @Test
    void keepsOneEntryPerCompanyAndNoGenericCompany() {
        Entities found = extractor.extract("县城投公司和投资公司负责人参加,物业公司、子公司和该公司均表示支持。"
                + "国家电网公司、攀钢集团和中国石油天然气集团有限公司参会。");

        assertThat(found.organizations()).extracting(OrganizationMention::name)
                .containsExactly("中国石油天然气集团有限公司", "国家电网公司", "攀钢集团");
    }

    @Test
    void takesResidentsByNameButNotBySurnameAndTitle() {
        Entities found = extractor.extract("今年58岁的赵大海在村里种了30亩柑橘。村民杨明把自家的房子改成了民宿。市民刘女士说,现在出行方便多了。");

        assertThat(found.persons()).extracting(PersonMention::name).containsExactly("杨明", "赵大海");
    }

    @Test
    void findsABrandBeforeAProductAndItsProductionLine() {
        Entities found = extractor.extract("与会人员观摩了李锦记酱料生产线。");

        assertThat(found.organizations()).containsExactly(new OrganizationMention("李锦记", 1, OrganizationMention.COMPANY));
        assertThat(found.persons()).isEmpty();
    }
}
