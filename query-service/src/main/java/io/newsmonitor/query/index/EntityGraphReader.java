package io.newsmonitor.query.index;

import io.newsmonitor.query.view.EntityGraph;
import io.newsmonitor.query.view.EntityType;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;

/**
 * Computes the co-occurrence graph from the index's {@link ArticleFields#GRAPH_NODES} doc values in
 * two passes: one counts the nodes, the other weighs the edges between the kept ones. Memory grows
 * with the distinct entities and the square of the node limit, not with the articles.
 */
final class EntityGraphReader {

    private final IndexReader reader;

    EntityGraphReader(IndexReader reader) {
        this.reader = reader;
    }

    EntityGraph.Graph graph(Set<EntityType> types, int limit) throws IOException {
        EntityGraph.NodeTally nodes = new EntityGraph.NodeTally();
        // Newest first, so that each node takes the name of its newest article.
        for (NewestValues.Counted counted : NewestValues.of(reader, ArticleFields.GRAPH_NODES)) {
            InsightEntries.NodeEntry node = InsightEntries.node(counted.value());
            if (EntityGraph.isOfType(node.id(), types)) {
                nodes.add(node.id(), node.name(), counted.docs());
            }
        }
        List<EntityGraph.Node> top = nodes.top(limit);
        EntityGraph.EdgeTally edges = new EntityGraph.EdgeTally(top);
        for (LeafReaderContext leaf : reader.leaves()) {
            weigh(leaf, edges);
        }
        return new EntityGraph.Graph(top, edges.edges());
    }

    private static void weigh(LeafReaderContext leaf, EntityGraph.EdgeTally edges) throws IOException {
        SortedSetDocValues values = DocValues.getSortedSet(leaf.reader(), ArticleFields.GRAPH_NODES);
        String[] keptIds = new String[(int) values.getValueCount()];
        for (int ord = 0; ord < keptIds.length; ord++) {
            String id = InsightEntries.node(values.lookupOrd(ord)).id();
            keptIds[ord] = edges.keeps(id) ? id : null;
        }
        Bits live = leaf.reader().getLiveDocs();
        List<String> present = new ArrayList<>();
        for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
            if (live != null && !live.get(doc)) {
                continue;
            }
            present.clear();
            for (int i = 0; i < values.docValueCount(); i++) {
                String id = keptIds[(int) values.nextOrd()];
                if (id != null) {
                    present.add(id);
                }
            }
            if (present.size() > 1) {
                edges.add(present);
            }
        }
    }
}
