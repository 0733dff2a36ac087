package io.newsmonitor.query.view;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsmonitor.events.EnrichedArticle;
import io.newsmonitor.query.SampleArticles;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntityGraphTest {

    private static final Instant T0 = Instant.parse("2026-01-10T08:00:00Z");
    private static final List<EnrichedArticle> SEEDS = List.of(
            SampleArticles.pingchang(T0), SampleArticles.bazhong(T0), SampleArticles.guangyuan(T0));
    private static final EnumSet<EntityType> ALL =
            EnumSet.of(EntityType.PERSON, EntityType.PLACE, EntityType.ORGANIZATION);

    @Test
    void linksEntitiesNamedInTheSameArticle() {
        EntityGraph.Graph graph = EntityGraph.of(SEEDS, ALL, 50);

        assertThat(graph.nodes()).contains(new EntityGraph.Node("person:李余良", "李余良", "person", 1),
                new EntityGraph.Node("place:511923", "平昌县", "place", 1),
                new EntityGraph.Node("place:510824", "苍溪县", "place", 1));
        assertThat(graph.edges()).contains(new EntityGraph.Edge("person:李余良", "place:511923", 1),
                new EntityGraph.Edge("person:罗增斌", "place:511900", 1));
        assertThat(graph.edges()).noneMatch(e -> e.source().equals("person:李余良") && e.target().equals("person:罗增斌"));
    }

    @Test
    void keepsTheMostNamedNodesAndOnlyTheirEdges() {
        EntityGraph.Graph graph = EntityGraph.of(SEEDS, EnumSet.of(EntityType.ORGANIZATION), 2);

        assertThat(graph.nodes()).extracting(EntityGraph.Node::id)
                .containsExactly("organization:县人大常委会", "organization:巴中市委");
        assertThat(graph.edges()).isEmpty();
    }

    @Test
    void weighsAnEdgeByTheArticlesNamingBoth() {
        EnrichedArticle again = SampleArticles.naming("李余良在平昌县调研", List.of(new io.newsmonitor.events.PersonMention(
                "李余良", 1)), List.of(new io.newsmonitor.events.PlaceMention("平昌县", 1, "511923", "county", 31.56, 107.10)),
                List.of(), List.of());

        EntityGraph.Graph graph = EntityGraph.of(List.of(SEEDS.get(0), again), ALL, 50);

        assertThat(graph.edges().get(0)).isEqualTo(new EntityGraph.Edge("person:李余良", "place:511923", 2));
        assertThat(graph.nodes().get(0)).isEqualTo(new EntityGraph.Node("person:李余良", "李余良", "person", 2));
    }
}
