package io.newsmonitor.nlp.places;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DivisionCatalogTest {

    private final DivisionCatalog catalog = DivisionCatalog.shared();

    @Test
    void loadsProvincesCitiesAndCountiesWithoutPlaceholders() {
        assertThat(catalog.size()).isEqualTo(3339);
        assertThat(catalog.byName("市辖区")).isEmpty();
        assertThat(catalog.byCode("110100")).isNull();
    }

    @Test
    void loadsCangxiWithItsParentsAndLevel() {
        Division cangxi = catalog.byCode("510824");

        assertThat(cangxi.name()).isEqualTo("苍溪县");
        assertThat(cangxi.level()).isEqualTo("county");
        assertThat(cangxi.cityCode()).isEqualTo("510800");
        assertThat(cangxi.provinceCode()).isEqualTo("510000");
        assertThat(catalog.byCode("510800").name()).isEqualTo("广元市");
        assertThat(catalog.byCode("510000").name()).isEqualTo("四川省");
    }

    @Test
    void placesCangxiInsideSichuan() {
        Division cangxi = catalog.byCode("510824");

        assertThat(cangxi.lat()).isBetween(26.0, 34.5);
        assertThat(cangxi.lon()).isBetween(97.3, 108.6);
    }

    @Test
    void codesProvincesAndCitiesWithSixDigits() {
        assertThat(catalog.byCode("510000").level()).isEqualTo("province");
        assertThat(catalog.byCode("510800").level()).isEqualTo("city");
        assertThat(catalog.byCode("510800").provinceCode()).isEqualTo("510000");
    }

    @Test
    void findsDivisionsByFullNameAndShortForm() {
        assertThat(catalog.byName("苍溪县")).extracting(Division::code).containsExactly("510824");
        assertThat(catalog.byName("苍溪")).extracting(Division::code).containsExactly("510824");
        assertThat(catalog.byName("阿坝")).extracting(Division::code).containsExactlyInAnyOrder("513200", "513231");
    }

    @Test
    void listsEveryDivisionThatSharesAName() {
        assertThat(catalog.byName("鼓楼")).extracting(Division::code)
                .containsExactlyInAnyOrder("320106", "320302", "350102", "410204");
    }

    @Test
    void keepsCitiesWithoutCountiesAsCities() {
        assertThat(catalog.byCode("441900").level()).isEqualTo("city");
    }

    @Test
    void givesDistrictsUnderAMunicipalityNoCity() {
        Division fuling = catalog.byCode("500102");

        assertThat(fuling.cityCode()).isNull();
        assertThat(fuling.provinceCode()).isEqualTo("500000");
    }
}
