package io.newsmonitor.query.view;

import io.newsmonitor.events.EnrichedArticle;
import io.newsmonitor.events.OrganizationMention;
import io.newsmonitor.events.PersonMention;
import io.newsmonitor.events.PlaceMention;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which persons, places and organisations are named together: a node per entity (places by code when
 * resolved, else by name), an edge per pair named in the same article, weighted by how many articles
 * name both. Only the entities named by the most articles are kept, and the edges between them.
 */
public final class EntityGraph {

    /**
     * @param id {@code type:key}, e.g. {@code person:李余良}, {@code place:511923}
     * @param name the name to show
     * @param type {@code person}, {@code place} or {@code organization}
     * @param articles how many articles name it
     */
    public record Node(String id, String name, String type, int articles) {
    }

    /** Two entities named together by {@code weight} articles; source sorts before target. */
    public record Edge(String source, String target, int weight) {
    }

    /** The nodes, most named first, and the edges between them, heaviest first. */
    public record Graph(List<Node> nodes, List<Edge> edges) {
    }

    private EntityGraph() {
    }

    /**
     * @param articles newest first, as the view lists them: a node shows the name of its newest article
     * @param types the entity types to include: any of PERSON, PLACE, ORGANIZATION
     * @param limit at most this many nodes, at least 1
     */
    public static Graph of(Collection<EnrichedArticle> articles, Set<EntityType> types, int limit) {
        NodeTally nodes = new NodeTally();
        List<Set<String>> perArticle = new ArrayList<>(articles.size());
        for (EnrichedArticle article : articles) {
            Map<String, Node> named = nodesOf(article, types);
            perArticle.add(named.keySet());
            named.values().forEach(node -> nodes.add(node.id(), node.name(), 1));
        }
        List<Node> top = nodes.top(limit);
        EdgeTally edges = new EdgeTally(top);
        perArticle.forEach(edges::add);
        return new Graph(top, edges.edges());
    }

    /** Whether the node id ({@code type:key}) is of one of these types. */
    public static boolean isOfType(String id, Set<EntityType> types) {
        return types.stream().anyMatch(type -> id.startsWith(type.apiName() + ":"));
    }

    /** Counts the articles naming each node; the first name added for a node is the one shown. */
    public static final class NodeTally {

        private final Map<String, Node> nodes = new HashMap<>();

        /** Counts {@code articles} more articles naming the node {@code id}. */
        public void add(String id, String name, int articles) {
            nodes.merge(id, new Node(id, name, id.substring(0, id.indexOf(':')), articles),
                    (a, b) -> new Node(a.id(), a.name(), a.type(), a.articles() + b.articles()));
        }

        /** The {@code limit} nodes named by the most articles, then by id. */
        public List<Node> top(int limit) {
            return nodes.values().stream()
                    .sorted(Comparator.comparingInt(Node::articles).reversed().thenComparing(Node::id))
                    .limit(limit)
                    .toList();
        }
    }

    /** Weighs the edges between the kept nodes, one article at a time. */
    public static final class EdgeTally {

        private final Set<String> kept;
        private final Map<String, Integer> weights = new HashMap<>();

        public EdgeTally(List<Node> kept) {
            this.kept = kept.stream().map(Node::id).collect(Collectors.toSet());
        }

        /** Whether edges count the node with this id. */
        public boolean keeps(String id) {
            return kept.contains(id);
        }

        /** Counts one article that names these node ids (each once). */
        public void add(Collection<String> ids) {
            List<String> present = ids.stream().filter(kept::contains).sorted().toList();
            for (int i = 0; i < present.size(); i++) {
                for (int j = i + 1; j < present.size(); j++) {
                    weights.merge(present.get(i) + "\n" + present.get(j), 1, Integer::sum);
                }
            }
        }

        /** The edges, heaviest first, then by source and target. */
        public List<Edge> edges() {
            return weights.entrySet().stream()
                    .map(e -> {
                        String[] pair = e.getKey().split("\n", 2);
                        return new Edge(pair[0], pair[1], e.getValue());
                    })
                    .sorted(Comparator.comparingInt(Edge::weight).reversed()
                            .thenComparing(Edge::source).thenComparing(Edge::target))
                    .toList();
        }
    }

    /** The article's entities of these types as nodes counting this one article, each once, in article order. */
    public static Map<String, Node> nodesOf(EnrichedArticle article, Set<EntityType> types) {
        Map<String, Node> named = new LinkedHashMap<>();
        if (types.contains(EntityType.PERSON)) {
            for (PersonMention person : article.persons()) {
                add(named, "person", person.name(), person.name());
            }
        }
        if (types.contains(EntityType.PLACE)) {
            for (PlaceMention place : article.places()) {
                boolean resolved = place.code() != null && !place.code().isBlank();
                String name = place.fullName() != null ? place.fullName() : place.name();
                add(named, "place", resolved ? place.code() : place.name(), name);
            }
        }
        if (types.contains(EntityType.ORGANIZATION)) {
            for (OrganizationMention organization : article.organizations()) {
                add(named, "organization", organization.name(), organization.name());
            }
        }
        return named;
    }

    private static void add(Map<String, Node> named, String type, String key, String name) {
        if (key == null || key.isBlank() || name == null) {
            return;
        }
        String id = type + ":" + key;
        named.putIfAbsent(id, new Node(id, name, type, 1));
    }
}
