package io.newsmonitor.nlp.entities;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsmonitor.nlp.places.DivisionCatalog;
import org.junit.jupiter.api.Test;

class PlacesBeyondDivisionsTest {

    private final PlacesBeyondDivisions places = new PlacesBeyondDivisions(DivisionCatalog.shared());

    @Test
    void findsRegionsNamedByAProvinceAbbreviationAndADirection() {
        assertThat(places.find("苏北、粤西和川南地区的干部参加培训,共话川东北振兴。"))
                .containsExactly("苏北", "粤西", "川南", "川东北");
    }

    @Test
    void leavesProvinceNamesAndDivisionShortFormsAlone() {
        assertThat(places.find("四川南部、江苏北部也派员参加。陕西代表团到访渝北。")).isEmpty();
    }

    @Test
    void findsPortsBeforeAPortFacility() {
        assertThat(places.find("重庆果园港集装箱码头吞吐量创新高,空港物流园加快建设。")).containsExactly("果园港");
    }
}
