package io.newsmonitor.query.view;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsmonitor.events.EnrichedArticle;
import io.newsmonitor.events.PlaceMention;
import io.newsmonitor.query.SampleArticles;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlaceMapTest {

    private static final EnrichedArticle PINGCHANG = SampleArticles.pingchang(Instant.parse("2026-01-10T08:00:05Z"));

    private static EnrichedArticle naming(String text, PlaceMention... places) {
        return SampleArticles.naming(text, List.of(), List.of(places), List.of(), List.of());
    }

    @Test
    void mapsAResolvedPlaceWithItsCodeAndCoordinates() {
        assertThat(PlaceMap.of(List.of(PINGCHANG))).containsExactly(
                new MapPlace("511923", "平昌县", "county", 31.56, 107.10, 1, 2));
    }

    @Test
    void leavesOutPlacesWithoutCoordinates() {
        EnrichedArticle river = naming("巴河水位上涨", PlaceMention.unresolved("巴河", 3));

        assertThat(PlaceMap.of(List.of(river))).isEmpty();
    }

    @Test
    void mergesOneDivisionWrittenTwoWaysUnderItsMostUsedName() {
        EnrichedArticle shortName = naming("平昌新闻一", new PlaceMention("平昌", 1, "511923", "county", 31.56, 107.10));
        EnrichedArticle fullName = naming("平昌新闻二", new PlaceMention("平昌县", 4, "511923", "county", 31.56, 107.10));

        assertThat(PlaceMap.of(List.of(PINGCHANG, shortName, fullName))).containsExactly(
                new MapPlace("511923", "平昌县", "county", 31.56, 107.10, 3, 7));
    }

    @Test
    void listsTheMostNamedPlacesFirstThenByCode() {
        PlaceMention bazhong = new PlaceMention("巴中市", 1, "511900", "city", 31.87, 106.75);
        PlaceMention sichuan = new PlaceMention("四川省", 1, "510000", "province", 30.65, 104.07);
        EnrichedArticle one = naming("一", bazhong, sichuan);
        EnrichedArticle two = naming("二", bazhong);

        assertThat(PlaceMap.of(List.of(one, two, PINGCHANG))).extracting(MapPlace::code)
                .containsExactly("511900", "510000", "511923");
    }
}
