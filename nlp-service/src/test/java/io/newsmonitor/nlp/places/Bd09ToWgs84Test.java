package io.newsmonitor.nlp.places;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class Bd09ToWgs84Test {

    private final Bd09ToWgs84 converter = new Bd09ToWgs84();

    @Test
    void convertsTiananmenFromBaiduToWgs84() {
        Bd09ToWgs84.LatLon wgs = converter.convert(39.915, 116.404);

        assertThat(wgs.lat()).isCloseTo(39.9087, within(0.002));
        assertThat(wgs.lon()).isCloseTo(116.3912, within(0.002));
    }

    @Test
    void invertsTheGcj02OffsetToWithinAMetre() {
        Bd09ToWgs84.LatLon gcj = Bd09ToWgs84.bd09ToGcj02(31.738299, 105.941194);
        Bd09ToWgs84.LatLon wgs = converter.convert(31.738299, 105.941194);
        Bd09ToWgs84.LatLon back = Bd09ToWgs84.wgs84ToGcj02(wgs.lat(), wgs.lon());

        assertThat(back.lat()).isCloseTo(gcj.lat(), within(0.00001));
        assertThat(back.lon()).isCloseTo(gcj.lon(), within(0.00001));
    }
}
