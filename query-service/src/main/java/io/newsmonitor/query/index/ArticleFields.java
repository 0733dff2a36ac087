package io.newsmonitor.query.index;

import org.apache.lucene.facet.FacetsConfig;

/** Names of the index fields and facet dimensions, declared once. */
final class ArticleFields {

    static final String ID = "id";
    static final String JSON = "json";
    static final String FINGERPRINT = "fingerprint";
    static final String TEXT = "text";
    /** Title and text as single CJK characters, so that a one-character query finds it inside words. */
    static final String TEXT_CHARS = "textChars";
    static final String PERSON = "person";
    static final String PLACE = "place";
    static final String ORGANIZATION = "organization";
    static final String INDUSTRY = "industry";
    static final String OUTLET = "outlet";
    /** Publication time (enrichment time when unknown) in epoch milliseconds: points and doc values. */
    static final String TIME = "time";
    static final String ENRICHED_SORT = "enrichedAt";
    static final String RECEIVED_SORT = "receivedAt";
    /** Doc values: one {@link io.newsmonitor.query.view.PlaceMap.Entry} per resolved place, for the map. */
    static final String MAP_PLACES = "mapPlaces";
    /** Doc values: one {@code id, name} per person, place and organisation node, for the co-occurrence graph. */
    static final String GRAPH_NODES = "graphNodes";

    static final String PERSONS_FACET = "persons";
    static final String PLACES_FACET = "places";
    static final String ORGANIZATIONS_FACET = "organizations";
    static final String INDUSTRIES_FACET = "industries";
    static final String OUTLETS_FACET = "outlets";

    /** Separates a place's code from its name in a places facet label ("511923\t平昌县"). */
    static final char PLACE_LABEL_SEPARATOR = '\t';

    private ArticleFields() {
    }

    static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        for (String dim : new String[] {PERSONS_FACET, PLACES_FACET, ORGANIZATIONS_FACET, INDUSTRIES_FACET}) {
            config.setMultiValued(dim, true);
        }
        return config;
    }
}
