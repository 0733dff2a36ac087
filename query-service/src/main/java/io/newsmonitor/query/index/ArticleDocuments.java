package io.newsmonitor.query.index;

import static io.newsmonitor.query.index.ArticleFields.*;

import io.newsmonitor.events.EnrichedArticle;
import io.newsmonitor.events.IndustryMention;
import io.newsmonitor.events.OrganizationMention;
import io.newsmonitor.events.PersonMention;
import io.newsmonitor.events.PlaceMention;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.util.BytesRef;

/**
 * Turns an enriched article into the Lucene document that indexes it. The event itself is stored
 * as JSON so that the index alone can answer every request; everything else exists to find, filter,
 * sort and count it.
 */
final class ArticleDocuments {

    /** One-character terms are only ever looked up, never in a phrase: no positions or frequencies. */
    private static final FieldType CHARS_TYPE = charsType();

    private final FacetsConfig facets = ArticleFields.facetsConfig();

    private static FieldType charsType() {
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setIndexOptions(IndexOptions.DOCS);
        type.setOmitNorms(true);
        type.freeze();
        return type;
    }

    FacetsConfig facetsConfig() {
        return facets;
    }

    Document of(EnrichedArticle article, String json) {
        Document doc = new Document();
        doc.add(new StringField(ID, article.id(), Field.Store.YES));
        doc.add(new SortedDocValuesField(ID, new BytesRef(article.id())));
        doc.add(new StoredField(JSON, json));
        doc.add(new StoredField(FINGERPRINT, json.hashCode()));
        String text = nullToEmpty(article.title()) + "\n" + nullToEmpty(article.text());
        doc.add(new TextField(TEXT, text, Field.Store.NO));
        doc.add(new Field(TEXT_CHARS, text, CHARS_TYPE));

        long time = ArticleTimes.of(article).toEpochMilli();
        doc.add(new LongPoint(TIME, time));
        doc.add(new NumericDocValuesField(TIME, time));
        doc.add(new NumericDocValuesField(ENRICHED_SORT, millisOrMin(article.enrichedAt())));
        doc.add(new NumericDocValuesField(RECEIVED_SORT, millisOrMin(article.receivedAt())));

        for (PersonMention person : article.persons()) {
            addEntity(doc, PERSON, PERSONS_FACET, person.name());
        }
        for (OrganizationMention organization : article.organizations()) {
            addEntity(doc, ORGANIZATION, ORGANIZATIONS_FACET, organization.name());
        }
        for (IndustryMention industry : article.industries()) {
            addEntity(doc, INDUSTRY, INDUSTRIES_FACET, industry.name());
        }
        addEntity(doc, OUTLET, OUTLETS_FACET, article.outlet());
        addPlaces(doc, article);
        InsightEntries.placesOf(article).forEach(entry -> doc.add(new SortedSetDocValuesField(MAP_PLACES, entry)));
        InsightEntries.nodesOf(article).forEach(node -> doc.add(new SortedSetDocValuesField(GRAPH_NODES, node)));
        try {
            return facets.build(doc);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot build the facets of article " + article.id(), e);
        }
    }

    private static void addEntity(Document doc, String field, String facet, String name) {
        if (name == null || name.isBlank()) {
            return;
        }
        doc.add(new StringField(field, name, Field.Store.NO));
        doc.add(new SortedSetDocValuesFacetField(facet, name));
    }

    /**
     * A place is findable by its code, the codes above it, and every name it goes by; it is counted
     * under its own division and the ones above it, or under its name when it is not a division.
     */
    private static void addPlaces(Document doc, EnrichedArticle article) {
        Set<String> terms = new LinkedHashSet<>();
        Set<String> labels = new LinkedHashSet<>();
        for (PlaceMention place : article.places()) {
            addName(terms, place.name());
            addName(terms, place.fullName());
            place.parents().forEach(parent -> addName(terms, parent));
            var divisions = PlaceRollup.divisions(place);
            if (divisions.isEmpty() && place.name() != null && !place.name().isBlank()) {
                labels.add(PLACE_LABEL_SEPARATOR + place.name());
            }
            for (PlaceRollup.Division division : divisions) {
                terms.add(division.code());
                if (division.name() != null) {
                    labels.add(division.code() + PLACE_LABEL_SEPARATOR + division.name());
                }
            }
        }
        terms.forEach(term -> doc.add(new StringField(PLACE, term, Field.Store.NO)));
        labels.forEach(label -> doc.add(new SortedSetDocValuesFacetField(PLACES_FACET, label)));
    }

    private static void addName(Set<String> terms, String name) {
        if (name != null && !name.isBlank()) {
            terms.add(name);
        }
    }

    private static long millisOrMin(Instant instant) {
        return instant == null ? Long.MIN_VALUE : instant.toEpochMilli();
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
