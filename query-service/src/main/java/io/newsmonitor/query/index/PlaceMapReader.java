package io.newsmonitor.query.index;

import io.newsmonitor.query.view.PlaceMap;
import java.io.IOException;
import org.apache.lucene.index.IndexReader;

/** Counts the map of places from the index's {@link ArticleFields#MAP_PLACES} doc values. */
final class PlaceMapReader {

    private final IndexReader reader;

    PlaceMapReader(IndexReader reader) {
        this.reader = reader;
    }

    PlaceMap.Counted placeMap() throws IOException {
        PlaceMap.Tally tally = new PlaceMap.Tally();
        // Newest first, so that each division takes its level and coordinates from its newest article.
        for (NewestValues.Counted counted : NewestValues.of(reader, ArticleFields.MAP_PLACES)) {
            tally.add(InsightEntries.place(counted.value()), counted.docs());
        }
        return new PlaceMap.Counted(reader.numDocs(), tally.places());
    }
}
