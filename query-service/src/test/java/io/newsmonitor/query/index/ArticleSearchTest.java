package io.newsmonitor.query.index;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsmonitor.events.EnrichedArticle;
import io.newsmonitor.query.SampleArticles;
import io.newsmonitor.query.view.ArticleQuery;
import io.newsmonitor.query.view.SearchFacets.FacetCount;
import io.newsmonitor.query.view.SearchFacets.PlaceCount;
import io.newsmonitor.query.view.SearchResult;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Searches over the seed articles as nlp-service enriches them. */
class ArticleSearchTest {

    private static final Instant T0 = Instant.parse("2026-01-10T08:00:00Z");
    private static final EnrichedArticle PINGCHANG = SampleArticles.pingchang(T0.plusSeconds(1));
    private static final EnrichedArticle GUANGYUAN = SampleArticles.guangyuan(T0.plusSeconds(2));
    private static final EnrichedArticle BAZHONG = SampleArticles.bazhong(T0.plusSeconds(3));

    @TempDir
    Path folder;

    private LuceneArticleView view;

    @BeforeEach
    void indexTheSeeds() {
        view = LuceneArticleView.open(folder.resolve("index"));
        List.of(PINGCHANG, GUANGYUAN, BAZHONG).forEach(view::upsert);
        view.awaitVisible();
    }

    @AfterEach
    void closeView() {
        view.close();
    }

    private SearchResult search(String q) {
        return view.search(new ArticleQuery(q, null, null, null, null, null, null, null, 20, 0));
    }

    private static List<String> ids(SearchResult result) {
        return result.items().stream().map(EnrichedArticle::id).toList();
    }

    @Test
    void findsAPersonByNameInTheText() {
        SearchResult found = search("李余良");

        assertThat(found.total()).isEqualTo(1);
        assertThat(ids(found)).containsExactly(PINGCHANG.id());
    }

    @Test
    void findsAnIndustryTermAsAPhraseNotAsAnyOfItsBigrams() {
        SearchResult found = search("铝基新材料");

        assertThat(ids(found)).containsExactly(GUANGYUAN.id());
    }

    @Test
    void findsASingleCharacterInsideWords() {
        // 铝 appears only inside words (铝基新材料, 绿色铝都), never on its own; 县 in all three, 縣 in Bazhong's original.
        assertThat(ids(search("铝"))).containsExactly(GUANGYUAN.id());
        assertThat(ids(search("县"))).containsExactly(BAZHONG.id(), GUANGYUAN.id(), PINGCHANG.id());
    }

    @Test
    void findsASingleTraditionalCharacterAndCombinesItWithWords() {
        assertThat(ids(search("縣"))).containsExactly(BAZHONG.id(), GUANGYUAN.id(), PINGCHANG.id());
        assertThat(ids(search("县 李余良"))).containsExactly(PINGCHANG.id());
        assertThat(search("铝 李余良").total()).isZero();
    }

    @Test
    void findsATraditionalQueryInSimplifiedText() {
        SearchResult found = search("羅增斌");

        assertThat(found.total()).isEqualTo(1);
        assertThat(ids(found)).containsExactly(BAZHONG.id());
    }

    @Test
    void requiresEveryWordOfTheQuery() {
        assertThat(ids(search("工业 李余良"))).containsExactly(PINGCHANG.id());
        assertThat(search("李余良 罗增斌").total()).isZero();
    }

    @Test
    void withoutWordsListsEveryArticleNewestFirst() {
        assertThat(ids(search(null))).containsExactly(BAZHONG.id(), GUANGYUAN.id(), PINGCHANG.id());
    }

    @Test
    void aProvinceCodeMatchesEveryDivisionUnderIt() {
        SearchResult province = view.search(new ArticleQuery(null, null, List.of("510000"), null, null, null, null,
                null, 20, 0));
        SearchResult city = view.search(new ArticleQuery(null, null, List.of("511900"), null, null, null, null,
                null, 20, 0));

        assertThat(province.total()).isEqualTo(3);
        assertThat(ids(city)).containsExactly(BAZHONG.id(), PINGCHANG.id());
    }

    @Test
    void filtersByPersonIndustryAndOutletTogether() {
        SearchResult person = view.search(new ArticleQuery(null, List.of("羅增斌"), null, null, null, List.of("巴中日报"),
                null, null, 20, 0));
        SearchResult industry = view.search(new ArticleQuery(null, null, null, null, List.of("铝基新材料"), null, null,
                null, 20, 0));

        assertThat(ids(person)).containsExactly(BAZHONG.id());
        assertThat(ids(industry)).containsExactly(GUANGYUAN.id());
    }

    @Test
    void filtersByPublicationTime() {
        SearchResult in2021 = view.search(new ArticleQuery(null, null, null, null, null, null,
                Instant.parse("2021-01-01T00:00:00Z"), Instant.parse("2022-01-01T00:00:00Z"), 20, 0));

        assertThat(ids(in2021)).containsExactly(GUANGYUAN.id());
    }

    @Test
    void countsFacetsOverTheMatchesWithPlacesRolledUp() {
        SearchResult sichuan = search(null);

        assertThat(sichuan.facets().places()).startsWith(
                new PlaceCount("510000", "四川省", "province", 3),
                new PlaceCount("511900", "巴中市", "city", 2));
        assertThat(sichuan.facets().places()).contains(new PlaceCount("511923", "平昌县", "county", 1),
                new PlaceCount("510824", "苍溪县", "county", 1), new PlaceCount("510800", "广元市", "city", 1));
        assertThat(sichuan.facets().industries()).containsExactly(new FacetCount("铝基新材料", 1),
                new FacetCount("食品饮料", 1));
        assertThat(sichuan.facets().outlets()).containsExactly(new FacetCount("吴弢 吴定君", 1), new FacetCount("巴中日报", 1),
                new FacetCount("广元日报", 1));

        SearchResult luoZengbin = search("罗增斌");
        assertThat(luoZengbin.facets().persons()).containsExactly(new FacetCount("何平", 1), new FacetCount("罗增斌", 1));
        assertThat(luoZengbin.facets().places()).containsExactly(new PlaceCount("510000", "四川省", "province", 1),
                new PlaceCount("511900", "巴中市", "city", 1));
    }

    @Test
    void pagesKeepTheTotalOfAllMatches() {
        SearchResult second = view.search(new ArticleQuery(null, null, List.of("510000"), null, null, null, null, null,
                1, 1));

        assertThat(second.total()).isEqualTo(3);
        assertThat(ids(second)).containsExactly(GUANGYUAN.id());
    }

    @Test
    void keepsArticlesAcrossAReopen() {
        view.close();
        view = LuceneArticleView.open(folder.resolve("index"));

        assertThat(view.needsRebuild()).isFalse();
        assertThat(view.count()).isEqualTo(3);
        assertThat(ids(search("铝基新材料"))).containsExactly(GUANGYUAN.id());
    }
}
