package io.newsmonitor.nlp.entities;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsmonitor.events.OrganizationMention;
import org.junit.jupiter.api.Test;

class OrganizationKindsTest {

    @Test
    void tellsTheKindFromTheEnding() {
        assertThat(OrganizationKinds.of("攀钢集团", null)).isEqualTo(OrganizationMention.COMPANY);
        assertThat(OrganizationKinds.of("电子科技大学", null)).isEqualTo(OrganizationMention.INSTITUTION);
        assertThat(OrganizationKinds.of("四川日报", null)).isEqualTo(OrganizationMention.MEDIA);
        assertThat(OrganizationKinds.of("宜宾市人民政府", null)).isEqualTo(OrganizationMention.GOVERNMENT);
        assertThat(OrganizationKinds.of("自贡市经济信息局", null)).isEqualTo(OrganizationMention.GOVERNMENT);
    }

    @Test
    void fallsBackWhenNoEndingTells() {
        assertThat(OrganizationKinds.of("比亚迪", OrganizationMention.COMPANY)).isEqualTo(OrganizationMention.COMPANY);
        assertThat(OrganizationKinds.of("红十字", OrganizationMention.OTHER)).isEqualTo(OrganizationMention.OTHER);
    }
}
