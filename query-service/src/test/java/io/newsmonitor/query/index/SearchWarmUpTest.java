package io.newsmonitor.query.index;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsmonitor.query.view.SearchFacets.FacetCount;
import io.newsmonitor.query.view.SearchResult;
import org.junit.jupiter.api.Test;

class SearchWarmUpTest {

    @Test
    void findsItsArticleByATraditionalWordAndASingleCharacterWithFacets() {
        SearchResult found = SearchWarmUp.run();

        assertThat(found.total()).isEqualTo(1);
        assertThat(found.items()).containsExactly(SearchWarmUp.article());
        assertThat(found.facets().persons()).containsExactly(new FacetCount("预热人", 1));
        assertThat(found.facets().outlets()).containsExactly(new FacetCount("预热日报", 1));
    }
}
