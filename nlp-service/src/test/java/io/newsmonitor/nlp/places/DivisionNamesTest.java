package io.newsmonitor.nlp.places;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DivisionNamesTest {

    @Test
    void dropsTheSuffixOfCountyCityAndProvince() {
        assertThat(DivisionNames.shortForm("苍溪县")).isEqualTo("苍溪");
        assertThat(DivisionNames.shortForm("广元市")).isEqualTo("广元");
        assertThat(DivisionNames.shortForm("四川省")).isEqualTo("四川");
        assertThat(DivisionNames.shortForm("利州区")).isEqualTo("利州");
    }

    @Test
    void dropsPeoplesBeforeAnAutonomySuffix() {
        assertThat(DivisionNames.shortForm("阿坝藏族羌族自治州")).isEqualTo("阿坝");
        assertThat(DivisionNames.shortForm("峨边彝族自治县")).isEqualTo("峨边");
        assertThat(DivisionNames.shortForm("新疆维吾尔自治区")).isEqualTo("新疆");
        assertThat(DivisionNames.shortForm("巴音郭楞蒙古自治州")).isEqualTo("巴音郭楞");
    }

    @Test
    void keepsTwoCharactersAtLeast() {
        assertThat(DivisionNames.shortForm("富县")).isNull();
        assertThat(DivisionNames.shortForm("内蒙古自治区")).isEqualTo("内蒙古");
        assertThat(DivisionNames.shortForm("西藏自治区")).isEqualTo("西藏");
    }
}
