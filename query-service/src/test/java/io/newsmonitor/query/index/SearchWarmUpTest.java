package io.newsmonitor.query.index;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsmonitor.events.EnrichedArticle;
import io.newsmonitor.query.view.SearchFacets.FacetCount;
import io.newsmonitor.query.view.SearchResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
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
    void announcesEveryArticleOfTheLiveWarmUpOnceInOrderAsTheConsumerWouldReadIt() {
        List<EnrichedArticle> announced = new CopyOnWriteArrayList<>();

        SearchResult found = SearchWarmUp.run(dataDir, Duration.ofMillis(300), announced::add);

        assertThat(found.total()).isEqualTo(1);
        assertThat(announced).isNotEmpty();
        for (int i = 0; i < announced.size(); i++) {
            EnrichedArticle made = SearchWarmUp.liveArticle(i + 1);
            assertThat(announced.get(i).id()).isEqualTo(made.id());
            assertThat(announced.get(i).text()).isEqualTo(made.text());
        }
        assertThat(announced.get(0).text()).isEqualTo("市政府召开重大项目推进现场会，强调六大突破。县委书记到平昌县调研铝基新材料产业。（第1期）");
    }

    @Test
    void leavesNothingBehindInTheDataFolder() throws IOException {
        SearchWarmUp.run(dataDir, Duration.ofMillis(100), article -> { });

        try (Stream<Path> left = Files.list(dataDir)) {
            assertThat(left).isEmpty();
        }
    }
}
