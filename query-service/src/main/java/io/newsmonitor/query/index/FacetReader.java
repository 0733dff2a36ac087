package io.newsmonitor.query.index;

import io.newsmonitor.query.view.SearchFacets;
import io.newsmonitor.query.view.SearchFacets.FacetCount;
import io.newsmonitor.query.view.SearchFacets.PlaceCount;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;

/**
 * Counts the top entities of each facet over the documents a search collected. The ordinal map
 * behind the counts is built once per index reader, not once per search.
 */
final class FacetReader {

    /** Entries per facet in an answer. */
    static final int TOP = 10;

    private record ReaderState(IndexReader reader, SortedSetDocValuesReaderState state) {
    }

    private final org.apache.lucene.facet.FacetsConfig config;
    private volatile ReaderState cached;

    FacetReader(org.apache.lucene.facet.FacetsConfig config) {
        this.config = config;
    }

    SearchFacets count(IndexReader reader, FacetsCollector collected) throws IOException {
        SortedSetDocValuesReaderState state = stateFor(reader);
        if (state == null) {
            return new SearchFacets(List.of(), List.of(), List.of(), List.of(), List.of());
        }
        Facets facets = new SortedSetDocValuesFacetCounts(state, collected);
        return new SearchFacets(
                names(facets, ArticleFields.PERSONS_FACET),
                places(facets),
                names(facets, ArticleFields.ORGANIZATIONS_FACET),
                names(facets, ArticleFields.INDUSTRIES_FACET),
                names(facets, ArticleFields.OUTLETS_FACET));
    }

    private SortedSetDocValuesReaderState stateFor(IndexReader reader) throws IOException {
        ReaderState current = cached;
        if (current != null && current.reader() == reader) {
            return current.state();
        }
        SortedSetDocValuesReaderState state;
        try {
            state = new DefaultSortedSetDocValuesReaderState(reader, config);
        } catch (IllegalArgumentException noFacetsYet) {
            // An empty index has no facet field at all.
            return null;
        }
        cached = new ReaderState(reader, state);
        return state;
    }

    private static List<FacetCount> names(Facets facets, String dim) throws IOException {
        return top(facets, dim, TOP).stream().map(lv -> new FacetCount(lv.label, lv.value.intValue())).toList();
    }

    /**
     * The top places by code. A division may carry different names in different articles (平昌 and
     * 平昌县 before events 1.3), so labels are merged by code, keeping the most counted name.
     */
    private static List<PlaceCount> places(Facets facets) throws IOException {
        Map<String, PlaceCount> byKey = new LinkedHashMap<>();
        for (LabelAndValue lv : top(facets, ArticleFields.PLACES_FACET, TOP * 3)) {
            int separator = lv.label.indexOf(ArticleFields.PLACE_LABEL_SEPARATOR);
            String code = lv.label.substring(0, separator);
            String name = lv.label.substring(separator + 1);
            String key = code.isEmpty() ? "\t" + name : code;
            int count = lv.value.intValue();
            PlaceCount known = byKey.get(key);
            if (known == null) {
                byKey.put(key, new PlaceCount(code.isEmpty() ? null : code, name,
                        code.isEmpty() ? null : PlaceRollup.levelOf(code), count));
            } else {
                // The same article may carry both names; the larger count is the safe lower bound.
                byKey.put(key, new PlaceCount(known.code(), known.name(), known.level(), Math.max(known.count(), count)));
            }
        }
        List<PlaceCount> places = new ArrayList<>(byKey.values());
        places.sort(Comparator.comparingInt(PlaceCount::count).reversed()
                .thenComparing(p -> p.code() == null ? "~" + p.name() : p.code()));
        return places.subList(0, Math.min(TOP, places.size()));
    }

    private static List<LabelAndValue> top(Facets facets, String dim, int n) throws IOException {
        FacetResult result;
        try {
            result = facets.getTopChildren(n, dim);
        } catch (IllegalArgumentException dimensionNotIndexedYet) {
            return List.of();
        }
        if (result == null) {
            return List.of();
        }
        List<LabelAndValue> values = new ArrayList<>(List.of(result.labelValues));
        // Ties in name order, so that answers are stable.
        values.sort(Comparator.comparingInt((LabelAndValue lv) -> lv.value.intValue()).reversed()
                .thenComparing(lv -> lv.label));
        return values;
    }
}
