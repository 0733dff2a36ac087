package io.newsmonitor.nlp.entities;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsmonitor.events.PlaceMention;
import io.newsmonitor.nlp.places.DivisionCatalog;
import io.newsmonitor.nlp.places.PlaceResolver;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GovernmentBodiesTest {

    private final GovernmentBodies bodies = new GovernmentBodies(DivisionCatalog.shared());

    private final PlaceResolver resolver = new PlaceResolver();

    private Map<String, Integer> find(String text) {
        return bodies.find(text, resolver.resolve(List.of(), text));
    }

    @Test
    void namesBareBodiesAfterTheOnlyCityOfTheArticle() {
        assertThat(find("绵阳市召开市委常委会会议,研究部署防汛工作。市政府、市人大常委会有关负责同志参加。"))
                .containsExactly(Map.entry("绵阳市委", 1), Map.entry("绵阳市政府", 1), Map.entry("绵阳市人大常委会", 1));
    }

    @Test
    void takesTheNearestDivisionOfTheSameLevelOnTheLine() {
        assertThat(find("阆中市召开市委常委会。南部县召开县委常委会,传达学习省委全会精神。"))
                .containsExactly(Map.entry("阆中市委", 1), Map.entry("南部县委", 1), Map.entry("四川省委", 1));
    }

    @Test
    void namesTheMunicipalityForTheCityCommitteeOfADistrictArticle() {
        String text = "渝北区召开区委常委会会议,传达学习市委全会精神。区发展改革委、区商务委作交流发言。";
        List<PlaceMention> recognised = List.of(PlaceMention.unresolved("渝北区", 1));

        assertThat(bodies.find(text, resolver.resolve(recognised, text)))
                .containsExactly(Map.entry("渝北区委", 1), Map.entry("重庆市委", 1), Map.entry("渝北区发展改革委", 1),
                        Map.entry("渝北区商务委", 1));
    }

    @Test
    void keepsThePlaceWrittenBeforeTheBody() {
        assertThat(find("会后,南充市顺庆区委召开全会,顺庆区委宣传部作说明。"))
                .containsExactly(Map.entry("顺庆区委", 1), Map.entry("顺庆区委宣传部", 1));
    }

    @Test
    void dropsABodyWhosePlaceIsUnclear() {
        assertThat(find("成都、绵阳两地签署合作协议。\n市委有关负责同志出席。")).isEmpty();
    }

    @Test
    void readsNoBodyIntoOrdinaryWords() {
        List<PlaceMention> places = resolver.resolve(List.of(), "绵阳市召开会议。");
        assertThat(bodies.find("城市委托第三方评估,全市委派专人督办。", places)).isEmpty();
    }

    @Test
    void takesTheCityTheArticleNamesMostWhenSeveralAreNamed() {
        assertThat(find("宜宾市召开工业经济运行调度会,宜宾市与泸州市签署协议。市政府秘书长刘洋主持会议。"))
                .containsExactly(Map.entry("宜宾市政府", 1));
    }

    @Test
    void takesNoPlaceFromAnotherSentenceWhenCitiesAreNamedEqually() {
        assertThat(find("宜宾市与泸州市签署合作协议。市政府秘书长刘洋主持会议。")).isEmpty();
    }

    @Test
    void givesALaterBareBodyThePlaceOfTheLastBodyOfItsLevel() {
        assertThat(find("近日,达州市通川区召开区委全会。区委书记何明主持会议。会议要求推动与万州区、开州区协同发展。"
                + "区人大常委会、区政协负责同志参加。"))
                .containsExactly(Map.entry("通川区委", 2), Map.entry("通川区人大常委会", 1), Map.entry("通川区政协", 1));
    }

    @Test
    void readsADepartmentWrittenInFullAsOneBody() {
        assertThat(find("绵阳市发展和改革委员会、市经济和信息化局有关负责人参加活动。"))
                .containsExactly(Map.entry("绵阳市发展和改革委员会", 1), Map.entry("绵阳市经济和信息化局", 1));
    }
}
