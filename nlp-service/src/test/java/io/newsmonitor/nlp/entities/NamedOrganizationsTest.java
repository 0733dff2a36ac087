package io.newsmonitor.nlp.entities;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsmonitor.events.OrganizationMention;
import io.newsmonitor.nlp.places.DivisionCatalog;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NamedOrganizationsTest {

    private final NamedOrganizations organizations = new NamedOrganizations(DivisionCatalog.shared());

    @Test
    void findsCompaniesByTheirEndingAndCutsTheClauseBefore() {
        assertThat(organizations.find("会上,五粮液集团、泸州老窖股份有限公司和四川长虹电器股份有限公司作交流发言。"))
                .containsExactly(Map.entry("五粮液集团", OrganizationMention.COMPANY),
                        Map.entry("泸州老窖股份有限公司", OrganizationMention.COMPANY),
                        Map.entry("四川长虹电器股份有限公司", OrganizationMention.COMPANY));
    }

    @Test
    void findsInstitutionsIncludingOneInsideAnother() {
        assertThat(organizations.find("西南交通大学和四川大学华西医院的专家参加会诊。"))
                .containsExactly(Map.entry("西南交通大学", OrganizationMention.INSTITUTION),
                        Map.entry("四川大学", OrganizationMention.INSTITUTION),
                        Map.entry("四川大学华西医院", OrganizationMention.INSTITUTION));
    }

    @Test
    void findsTheLeadersOfAnIndustryAndBrandsBeforeAnIndustryWord() {
        assertThat(organizations.find("以宁德时代、比亚迪等为龙头的新能源汽车产业加快发展,以科伦药业为龙头的医药产业提档升级。"))
                .containsOnly(Map.entry("宁德时代", OrganizationMention.COMPANY),
                        Map.entry("比亚迪", OrganizationMention.COMPANY),
                        Map.entry("科伦药业", OrganizationMention.COMPANY));
    }

    @Test
    void takesNoGenericReferenceForAName() {
        assertThat(organizations.find("加快建设产业研究院和城市医疗集团,培育一批龙头企业,发展纺织服装产业。")).isEmpty();
    }

    @Test
    void findsOutletsOfDatelinesAndZonesAfterAPlace() {
        assertThat(organizations.find("绵阳网讯 3月5日,绵阳高新区管委会负责同志介绍,新华社记者随团采访。"))
                .containsExactly(Map.entry("绵阳网", OrganizationMention.MEDIA),
                        Map.entry("新华社", OrganizationMention.MEDIA),
                        Map.entry("绵阳高新区", OrganizationMention.GOVERNMENT));
    }

    @Test
    void startsANameAfterAnotherOrganisationAndAConjunction() {
        assertThat(organizations.find("四川大学华西医院与成都市第一人民医院签署合作协议。"))
                .containsExactly(Map.entry("四川大学", OrganizationMention.INSTITUTION),
                        Map.entry("四川大学华西医院", OrganizationMention.INSTITUTION),
                        Map.entry("成都市第一人民医院", OrganizationMention.INSTITUTION));
    }
}
