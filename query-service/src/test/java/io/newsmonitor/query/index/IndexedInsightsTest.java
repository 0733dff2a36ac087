package io.newsmonitor.query.index;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsmonitor.events.ArticleIds;
import io.newsmonitor.events.EnrichedArticle;
import io.newsmonitor.events.OrganizationMention;
import io.newsmonitor.events.PersonMention;
import io.newsmonitor.events.PlaceMention;
import io.newsmonitor.query.view.EntityGraph;
import io.newsmonitor.query.view.EntityType;
import io.newsmonitor.query.view.PlaceMap;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The map of places and the co-occurrence graph counted from doc values equal those computed from the
 * articles themselves, over a few thousand synthesised articles spread over several segments, with
 * replaced and removed articles, ties in time, names that vary for one code, and unresolved places.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS) // one index of a few thousand articles for all tests
class IndexedInsightsTest {

    private static final Instant T0 = Instant.parse("2026-01-10T08:00:00Z");
    private static final String[] PERSONS = {"李余良", "张廷发", "杜晓莉", "罗增斌", "何平", "王小明", "赵敏", "陈刚"};
    private static final String[] ORGANIZATIONS = {"广元市委", "巴中市委", "县人大常委会", "市政府", "省发改委"};
    private static final PlaceMention[] PLACES = {
        new PlaceMention("平昌县", 1, "511923", "county", 31.56, 107.10, List.of("四川省", "巴中市"), "平昌县"),
        new PlaceMention("平昌", 1, "511923", "county", 31.56, 107.10, List.of("四川省", "巴中市"), "平昌县"),
        new PlaceMention("巴中", 1, "511900", "city", 31.87, 106.75, List.of("四川省"), "巴中市"),
        new PlaceMention("巴中市", 1, "511900", null, 31.8701, 106.7502, List.of("四川省"), "巴中市"),
        new PlaceMention("广元", 1, "510800", "city", 32.44, 105.84, List.of("四川省"), "广元市"),
        new PlaceMention("苍溪", 1, "510824", "county", 31.73, 105.93, List.of("四川省", "广元市"), "苍溪县"),
        new PlaceMention("四川", 1, "510000", "province", 30.65, 104.07, List.of(), "四川省"),
        new PlaceMention("嘉陵江", 1, null, null, null, null, List.of(), null),
        new PlaceMention("川东北", 1, "", null, null, null, List.of(), null),
    };

    @TempDir
    static Path folder;

    private LuceneArticleView view;

    @BeforeAll
    void indexSynthesisedArticles() {
        view = LuceneArticleView.open(folder.resolve("index"));
        Random random = new Random(20261123);
        List<EnrichedArticle> written = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            EnrichedArticle article = synthesise(random, i);
            view.upsert(article);
            written.add(article);
            if (i % 700 == 699) {
                view.commit(); // several segments
            }
        }
        for (int i = 0; i < 200; i++) {
            // Re-enriched (replaced) and tombstoned (removed) articles leave deleted documents behind.
            EnrichedArticle old = written.get(random.nextInt(written.size()));
            if (i % 2 == 0) {
                view.upsert(synthesiseWithId(random, old.id(), 5_000 + i));
            } else {
                view.remove(old.id());
            }
        }
        view.awaitVisible();
    }

    @AfterAll
    void closeView() {
        view.close();
    }

    @Test
    void countsTheMapOfPlacesAsTheArticlesDo() {
        List<EnrichedArticle> all = view.all();

        PlaceMap.Counted fromIndex = view.placeMap();

        assertThat(fromIndex.articles()).isEqualTo(all.size()).isGreaterThan(2_800);
        assertThat(fromIndex.places()).isEqualTo(PlaceMap.of(all));
        assertThat(fromIndex.places()).hasSize(5);
    }

    @Test
    void buildsTheCoOccurrenceGraphAsTheArticlesDo() {
        List<EnrichedArticle> all = view.all();
        Set<EntityType> three = EnumSet.of(EntityType.PERSON, EntityType.PLACE, EntityType.ORGANIZATION);

        for (int limit : new int[] {1, 3, 8, 50, 300}) {
            assertThat(view.graph(three, limit)).as("limit %d", limit).isEqualTo(EntityGraph.of(all, three, limit));
        }
        for (EntityType only : three) {
            Set<EntityType> one = EnumSet.of(only);
            assertThat(view.graph(one, 4)).as("type %s", only).isEqualTo(EntityGraph.of(all, one, 4));
        }
        assertThat(view.graph(three, 300).nodes()).hasSize(PERSONS.length + ORGANIZATIONS.length + 7);
    }

    private static EnrichedArticle synthesise(Random random, int n) {
        return synthesiseWithId(random, ArticleIds.of("合成文章" + n), n);
    }

    private static EnrichedArticle synthesiseWithId(Random random, String id, int n) {
        List<PersonMention> persons = new ArrayList<>();
        for (int k = random.nextInt(4); k > 0; k--) {
            persons.add(new PersonMention(PERSONS[random.nextInt(PERSONS.length)], 1 + random.nextInt(3)));
        }
        List<PlaceMention> places = new ArrayList<>();
        for (int k = random.nextInt(4); k > 0; k--) {
            PlaceMention p = PLACES[random.nextInt(PLACES.length)];
            places.add(new PlaceMention(p.name(), 1 + random.nextInt(4), p.code(), p.level(), p.lat(), p.lon(),
                    p.parents(), p.fullName()));
        }
        List<OrganizationMention> organizations = new ArrayList<>();
        for (int k = random.nextInt(3); k > 0; k--) {
            organizations.add(new OrganizationMention(ORGANIZATIONS[random.nextInt(ORGANIZATIONS.length)], 1));
        }
        // Few distinct times, so that ties fall back to receipt time and then id; some without enrichment time.
        Instant enrichedAt = random.nextInt(20) == 0 ? null : T0.plusSeconds(random.nextInt(50));
        Instant receivedAt = T0.minusSeconds(random.nextInt(3));
        String text = "合成文章" + n;
        return new EnrichedArticle(EnrichedArticle.SCHEMA_VERSION, id, text, null, null, text, text, text, List.of(),
                persons, places, organizations, "simplified", "synthetic.txt", receivedAt, enrichedAt);
    }
}
