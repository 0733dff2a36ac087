package io.newsmonitor.query.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PageParametersTest {

    @Test
    void defaultsToTwentyFromTheStart() {
        assertThat(PageParameters.parse(null, null)).isEqualTo(new PageParameters(20, 0));
    }

    @Test
    void acceptsTheBounds() {
        assertThat(PageParameters.parse("1", "0")).isEqualTo(new PageParameters(1, 0));
        assertThat(PageParameters.parse("500", "1000")).isEqualTo(new PageParameters(500, 1000));
    }

    @Test
    void rejectsALimitAboveFiveHundredWithTheValue() {
        assertThatThrownBy(() -> PageParameters.parse("900", "0"))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessage("limit must be between 1 and 500, was 900");
    }

    @Test
    void rejectsALimitOfZero() {
        assertThatThrownBy(() -> PageParameters.parse("0", null))
                .hasMessage("limit must be between 1 and 500, was 0");
    }

    @Test
    void rejectsANegativeOffset() {
        assertThatThrownBy(() -> PageParameters.parse(null, "-1"))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessage("offset must be 0 or more, was -1");
    }

    @Test
    void rejectsALimitThatIsNotANumber() {
        assertThatThrownBy(() -> PageParameters.parse("ten", null))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessage("limit must be a whole number, was ten");
    }
}
