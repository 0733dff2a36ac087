package io.newsmonitor.query.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsmonitor.query.view.EntityType;
import org.junit.jupiter.api.Test;

class TopParametersTest {

    @Test
    void defaultsTheLimitToTen() {
        assertThat(TopParameters.parse("person", null)).isEqualTo(new TopParameters(EntityType.PERSON, 10));
    }

    @Test
    void readsTypeAndLimit() {
        assertThat(TopParameters.parse("keyword", "100")).isEqualTo(new TopParameters(EntityType.KEYWORD, 100));
    }

    @Test
    void rejectsAnUnknownType() {
        assertThatThrownBy(() -> TopParameters.parse("people", "5"))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessage("type must be one of person, place, organization, keyword, industry, outlet, was people");
    }

    @Test
    void rejectsAMissingType() {
        assertThatThrownBy(() -> TopParameters.parse(null, null))
                .hasMessage("type must be one of person, place, organization, keyword, industry, outlet, was missing");
    }

    @Test
    void rejectsALimitAboveOneHundred() {
        assertThatThrownBy(() -> TopParameters.parse("place", "101"))
                .hasMessage("limit must be between 1 and 100, was 101");
    }

    @Test
    void rejectsALimitThatIsNotANumber() {
        assertThatThrownBy(() -> TopParameters.parse("place", "ten"))
                .hasMessage("limit must be a whole number, was ten");
    }
}
