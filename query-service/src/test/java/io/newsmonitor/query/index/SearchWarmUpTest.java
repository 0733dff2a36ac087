package io.newsmonitor.query.index;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsmonitor.query.view.SearchFacets.FacetCount;
import io.newsmonitor.query.view.SearchResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchWarmUpTest {

    @TempDir
    Path dataDir;

    @Test
    void findsItsArticleByATraditionalWordAndASingleCharacterWithFacets() {
        SearchResult found = SearchWarmUp.run(dataDir);

        assertThat(found.total()).isEqualTo(1);
        assertThat(found.items()).containsExactly(SearchWarmUp.article());
        assertThat(found.facets().persons()).containsExactly(new FacetCount("预热人", 1));
        assertThat(found.facets().outlets()).containsExactly(new FacetCount("预热日报", 1));
    }

    @Test
    void leavesNothingBehindInTheDataFolder() throws IOException {
        SearchWarmUp.run(dataDir);

        try (Stream<Path> left = Files.list(dataDir)) {
            assertThat(left).isEmpty();
        }
    }
}
