package io.newsmonitor.query.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsmonitor.query.view.ArticleQuery;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class SearchParametersTest {

    private static ArticleQuery parse(String q, List<String> persons) {
        return SearchParameters.parse(q, persons, null, null, null, null, null, null, null, null);
    }

    @Test
    void acceptsAQueryAndFiltersAtTheirBounds() {
        ArticleQuery query = parse(" " + "铝".repeat(200) + " ", Collections.nCopies(20, "罗增斌"));

        assertThat(query.q()).hasSize(200);
        assertThat(query.persons()).hasSize(20);
    }

    @Test
    void refusesAQueryLongerThanASearchBoxNeeds() {
        assertThatThrownBy(() -> parse("铝".repeat(201), null))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessage("q has 201 characters; at most 200: search for the few words that matter");
    }

    @Test
    void refusesAFilterRepeatedTooOften() {
        assertThatThrownBy(() -> parse(null, Collections.nCopies(21, "罗增斌")))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessage("person is given 21 times; at most 20");
    }
}
