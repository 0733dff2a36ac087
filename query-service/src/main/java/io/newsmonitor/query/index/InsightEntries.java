package io.newsmonitor.query.index;

import io.newsmonitor.events.EnrichedArticle;
import io.newsmonitor.query.view.EntityGraph;
import io.newsmonitor.query.view.EntityType;
import io.newsmonitor.query.view.PlaceMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.util.BytesRef;

/**
 * What an article adds to the map of places and to the co-occurrence graph, written as doc values so
 * that those aggregates are counted from the index without reading any article's JSON. The parts of a
 * value are separated by the unit separator, which no name contains.
 */
final class InsightEntries {

    private static final char SEPARATOR = '\u001f';
    private static final String SPLIT = String.valueOf(SEPARATOR);
    private static final Set<EntityType> GRAPH_TYPES =
            EnumSet.of(EntityType.PERSON, EntityType.PLACE, EntityType.ORGANIZATION);

    /** A graph node of one article: its id and the name that article gives it. */
    record NodeEntry(String id, String name) {
    }

    private InsightEntries() {
    }

    static List<BytesRef> placesOf(EnrichedArticle article) {
        return PlaceMap.entriesOf(article).stream()
                .map(e -> new BytesRef(String.join(SPLIT, e.code(), e.name(), e.level() == null ? "" : e.level(),
                        Double.toString(e.lat()), Double.toString(e.lon()), Integer.toString(e.mentions()))))
                .toList();
    }

    static PlaceMap.Entry place(BytesRef value) {
        String[] parts = value.utf8ToString().split(SPLIT, -1);
        return new PlaceMap.Entry(parts[0], parts[1], parts[2].isEmpty() ? null : parts[2],
                Double.parseDouble(parts[3]), Double.parseDouble(parts[4]), Integer.parseInt(parts[5]));
    }

    static List<BytesRef> nodesOf(EnrichedArticle article) {
        return EntityGraph.nodesOf(article, GRAPH_TYPES).values().stream()
                .map(node -> new BytesRef(node.id() + SEPARATOR + node.name()))
                .toList();
    }

    static NodeEntry node(BytesRef value) {
        String text = value.utf8ToString();
        int separator = text.indexOf(SEPARATOR);
        return new NodeEntry(text.substring(0, separator), text.substring(separator + 1));
    }
}
