package io.newsmonitor.query.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsmonitor.events.EnrichedArticle;
import io.newsmonitor.events.OrganizationMention;
import io.newsmonitor.events.PersonMention;
import io.newsmonitor.events.PlaceMention;
import io.newsmonitor.query.SampleArticles;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TopEntitiesTest {

    private static final EnrichedArticle PINGCHANG = SampleArticles.pingchang(Instant.parse("2026-01-10T08:00:05Z"));
    private static final EnrichedArticle SECOND = SampleArticles.naming("第二篇",
            List.of(new PersonMention("张廷发", 3, List.of("县长")), new PersonMention("王五", 7)),
            List.of(PlaceMention.unresolved("巴河", 1)),
            List.of(new OrganizationMention("县人大常委会", 2), new OrganizationMention("县政府", 1)),
            List.of("工业", "乡村振兴"));

    @Test
    void countsArticlesThatNameAPersonAndTheirMentions() {
        assertThat(TopEntities.of(List.of(PINGCHANG, SECOND), EntityType.PERSON, 10)).containsExactly(
                new EntityCount("张廷发", 2, 4),
                new EntityCount("王五", 1, 7),
                new EntityCount("李余良", 1, 4),
                new EntityCount("杜晓莉", 1, 1));
    }

    @Test
    void keepsOnlyTheLimit() {
        assertThat(TopEntities.of(List.of(PINGCHANG, SECOND), EntityType.PERSON, 2)).containsExactly(
                new EntityCount("张廷发", 2, 4),
                new EntityCount("王五", 1, 7));
    }

    @Test
    void countsOrganisations() {
        assertThat(TopEntities.of(List.of(PINGCHANG, SECOND), EntityType.ORGANIZATION, 10)).containsExactly(
                new EntityCount("县人大常委会", 2, 3),
                new EntityCount("县政府", 1, 1));
    }

    @Test
    void countsResolvedAndUnresolvedPlacesByName() {
        assertThat(TopEntities.of(List.of(PINGCHANG, SECOND), EntityType.PLACE, 10)).containsExactly(
                new EntityCount("平昌县", 1, 2),
                new EntityCount("巴河", 1, 1));
    }

    @Test
    void countsEachKeywordOncePerArticle() {
        assertThat(TopEntities.of(List.of(PINGCHANG, SECOND), EntityType.KEYWORD, 10)).containsExactly(
                new EntityCount("工业", 2, 2),
                new EntityCount("乡村振兴", 1, 1),
                new EntityCount("工业强县", 1, 1),
                new EntityCount("高质量发展", 1, 1));
    }

    @Test
    void anEmptyViewHasNoTopEntities() {
        assertThat(TopEntities.of(List.of(), EntityType.PERSON, 10)).isEmpty();
    }

    @Test
    void rejectsALimitBelowOne() {
        assertThatThrownBy(() -> TopEntities.of(List.of(), EntityType.PERSON, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("limit must be at least 1, was 0");
    }

    @Test
    void readsTypesByTheirApiNames() {
        assertThat(EntityType.fromApiName("Organization")).contains(EntityType.ORGANIZATION);
        assertThat(EntityType.fromApiName("people")).isEmpty();
        assertThat(EntityType.apiNames()).isEqualTo("person, place, organization, keyword, industry, outlet");
    }
}
