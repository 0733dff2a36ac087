package io.newsmonitor.nlp.places;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.newsmonitor.events.PlaceMention;
import io.newsmonitor.nlp.pipeline.EnrichmentPipeline;
import io.newsmonitor.nlp.support.Seeds;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlaceResolverTest {

    private final PlaceResolver resolver = new PlaceResolver();

    @Test
    void resolvesShortFormOfCountyNextToItsCity() {
        List<PlaceMention> places = resolver.resolve(List.of(PlaceMention.unresolved("广元", 1)), "广元加快发展,苍溪要争先。");

        assertThat(places).extracting(PlaceMention::name, PlaceMention::code, PlaceMention::level)
                .containsExactly(tuple("广元", "510800", "city"), tuple("苍溪", "510824", "county"));
    }

    @Test
    void resolvesChaotianInGuangyuan() {
        List<PlaceMention> places = resolver.resolve(List.of(PlaceMention.unresolved("广元", 2)),
                "广元召开会议。朝天要发展文旅,广元要争先。");

        assertThat(places).filteredOn(place -> place.name().equals("朝天"))
                .extracting(PlaceMention::code).containsExactly("510812");
    }

    @Test
    void resolvesAmbiguousNameFromTheCityTheArticleNames() {
        List<PlaceMention> places = resolver.resolve(List.of(PlaceMention.unresolved("南京", 1),
                PlaceMention.unresolved("鼓楼", 1)), "南京鼓楼发布新规。");

        assertThat(places).filteredOn(place -> place.name().equals("鼓楼"))
                .extracting(PlaceMention::code).containsExactly("320106");
    }

    @Test
    void leavesAmbiguousNameWithoutContextUnresolved() {
        List<PlaceMention> places = resolver.resolve(List.of(PlaceMention.unresolved("鼓楼", 1)), "鼓楼发布新规。");

        assertThat(places).containsExactly(PlaceMention.unresolved("鼓楼", 1));
    }

    @Test
    void keepsPlacesThatAreNoDivisionWithoutCode() {
        List<PlaceMention> places = resolver.resolve(List.of(PlaceMention.unresolved("长江", 1),
                PlaceMention.unresolved("成渝地区", 1)), "长江岸边,成渝地区。");

        assertThat(places).containsExactly(PlaceMention.unresolved("成渝地区", 1), PlaceMention.unresolved("长江", 1));
    }

    @Test
    void findsCountiesListedWithAResolvedOne() {
        List<PlaceMention> places = resolver.resolve(List.of(), "苍溪县、旺苍、剑阁的猕猴桃。");

        assertThat(places).extracting(PlaceMention::name, PlaceMention::code).containsExactly(
                tuple("剑阁", "510823"), tuple("旺苍", "510821"), tuple("苍溪县", "510824"));
    }

    @Test
    void doesNotTakeWordsThatContainCountyNamesForPlaces() {
        List<PlaceMention> places = resolver.resolve(List.of(PlaceMention.unresolved("四川", 1)),
                "四川坚持工业富县、执政兴县,融入成渝地区双城经济圈。");

        assertThat(places).extracting(PlaceMention::name).containsExactly("四川");
    }

    @Test
    void resolvesEveryCountyOfGuangyuanInSeed000WithCoordinates() {
        List<PlaceMention> places = EnrichmentPipeline.withDefaults().enrich(Seeds.raw("000")).places();

        assertThat(places).filteredOn(place -> place.code() != null)
                .extracting(PlaceMention::name, PlaceMention::code)
                .containsExactlyInAnyOrder(tuple("广元", "510800"), tuple("苍溪县", "510824"), tuple("旺苍县", "510821"),
                        tuple("剑阁县", "510823"), tuple("青川县", "510822"), tuple("利州区", "510802"),
                        tuple("昭化区", "510811"), tuple("朝天区", "510812"));
        assertThat(places).filteredOn(place -> place.code() != null)
                .allSatisfy(place -> assertThat(place.lat()).isBetween(31.5, 33.0))
                .allSatisfy(place -> assertThat(place.lon()).isBetween(105.0, 106.5));
    }

    @Test
    void givesEachDivisionItsParentsAndOfficialName() {
        List<PlaceMention> places = resolver.resolve(List.of(), "南江县和通江县的茶叶畅销省外,四川省商务厅组织推介。");

        assertThat(places).extracting(PlaceMention::name, PlaceMention::fullName, PlaceMention::parents)
                .containsExactly(tuple("南江县", "南江县", List.of("四川省", "巴中市")),
                        tuple("四川省", "四川省", List.of()),
                        tuple("通江县", "通江县", List.of("四川省", "巴中市")));
    }

    @Test
    void givesAShortFormTheOfficialName() {
        List<PlaceMention> places = resolver.resolve(List.of(), "巴中市平昌、南江两县推进茶产业发展。");

        assertThat(places).filteredOn(place -> place.name().equals("平昌")).singleElement()
                .satisfies(place -> {
                    assertThat(place.fullName()).isEqualTo("平昌县");
                    assertThat(place.code()).isEqualTo("511923");
                    assertThat(place.parents()).containsExactly("四川省", "巴中市");
                });
    }

    @Test
    void resolvesADistrictOfAMunicipalityThatTheRecogniserTagged() {
        List<PlaceMention> places = resolver.resolve(List.of(PlaceMention.unresolved("渝北区", 1)),
                "渝北区召开区委常委会会议。");

        assertThat(places).extracting(PlaceMention::name, PlaceMention::code, PlaceMention::parents)
                .containsExactly(tuple("渝北区", "500112", List.of("重庆市")));
    }

    @Test
    void takesNoDistrictForTheRiverThatShareItsShortForm() {
        List<PlaceMention> places = resolver.resolve(List.of(PlaceMention.unresolved("嘉陵江", 1)),
                "南充市顺庆区加快嘉陵江沿线生态保护。");

        assertThat(places).extracting(PlaceMention::name, PlaceMention::code).containsExactly(
                tuple("南充市", "511300"), tuple("嘉陵江", null), tuple("顺庆区", "511302"));
    }
}
