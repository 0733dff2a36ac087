package io.newsmonitor.query.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * Counts the documents holding each value of a multi-valued doc-values field, and orders the values
 * by their newest document, in the order the view lists articles (enrichment time, receipt time, id).
 * Memory grows with the number of distinct values, not with the number of documents.
 */
final class NewestValues {

    /** A value, how many documents hold it, and the sort key of the newest of them. */
    record Counted(BytesRef value, int docs, Newest newest) {
    }

    /** Where a document sorts in the view's order: the larger times first, then the smaller id. */
    record Newest(long enrichedAt, long receivedAt, BytesRef id) implements Comparable<Newest> {
        @Override
        public int compareTo(Newest other) {
            int byEnriched = Long.compare(other.enrichedAt, enrichedAt);
            if (byEnriched != 0) {
                return byEnriched;
            }
            int byReceived = Long.compare(other.receivedAt, receivedAt);
            return byReceived != 0 ? byReceived : id.compareTo(other.id);
        }
    }

    private NewestValues() {
    }

    /** Every value of the field over the reader's live documents, newest first. */
    static List<Counted> of(IndexReader reader, String field) throws IOException {
        Map<BytesRef, Counted> all = new HashMap<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            for (Counted counted : ofLeaf(leaf.reader(), field)) {
                all.merge(counted.value(), counted, (a, b) -> new Counted(a.value(), a.docs() + b.docs(),
                        a.newest().compareTo(b.newest()) <= 0 ? a.newest() : b.newest()));
            }
        }
        List<Counted> values = new ArrayList<>(all.values());
        values.sort(Comparator.comparing(Counted::newest));
        return values;
    }

    private static List<Counted> ofLeaf(LeafReader reader, String field) throws IOException {
        SortedSetDocValues values = DocValues.getSortedSet(reader, field);
        int ords = (int) values.getValueCount();
        if (ords == 0) {
            return List.of();
        }
        NumericDocValues enriched = DocValues.getNumeric(reader, ArticleFields.ENRICHED_SORT);
        NumericDocValues received = DocValues.getNumeric(reader, ArticleFields.RECEIVED_SORT);
        SortedDocValues ids = DocValues.getSorted(reader, ArticleFields.ID);
        Bits live = reader.getLiveDocs();
        int[] docs = new int[ords];
        long[] newestEnriched = new long[ords];
        long[] newestReceived = new long[ords];
        int[] newestId = new int[ords];
        Arrays.fill(newestId, -1);
        for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
            if (live != null && !live.get(doc)) {
                continue;
            }
            long e = enriched.advanceExact(doc) ? enriched.longValue() : Long.MIN_VALUE;
            long r = received.advanceExact(doc) ? received.longValue() : Long.MIN_VALUE;
            int id = ids.advanceExact(doc) ? ids.ordValue() : -1;
            for (int i = 0; i < values.docValueCount(); i++) {
                int ord = (int) values.nextOrd();
                docs[ord]++;
                // Id ordinals of one segment sort as the ids do.
                if (newestId[ord] < 0 || e > newestEnriched[ord]
                        || e == newestEnriched[ord] && (r > newestReceived[ord]
                                || r == newestReceived[ord] && id < newestId[ord])) {
                    newestEnriched[ord] = e;
                    newestReceived[ord] = r;
                    newestId[ord] = id;
                }
            }
        }
        List<Counted> counted = new ArrayList<>();
        for (int ord = 0; ord < ords; ord++) {
            if (docs[ord] > 0) {
                BytesRef id = BytesRef.deepCopyOf(ids.lookupOrd(newestId[ord]));
                counted.add(new Counted(BytesRef.deepCopyOf(values.lookupOrd(ord)), docs[ord],
                        new Newest(newestEnriched[ord], newestReceived[ord], id)));
            }
        }
        return counted;
    }
}
