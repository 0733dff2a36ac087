package io.newsmonitor.query.view;

import java.util.List;

/**
 * Counts of articles per entity over the articles a search matched, the most counted first.
 *
 * @param persons persons by name
 * @param places places by code (rolled up: an article naming a county also counts for its city and
 *     province); unresolved places by name with a null code
 * @param organizations organisations by name
 * @param industries industries by name
 * @param outlets outlets by name
 */
public record SearchFacets(List<FacetCount> persons, List<PlaceCount> places, List<FacetCount> organizations,
        List<FacetCount> industries, List<FacetCount> outlets) {

    public SearchFacets {
        persons = List.copyOf(persons);
        places = List.copyOf(places);
        organizations = List.copyOf(organizations);
        industries = List.copyOf(industries);
        outlets = List.copyOf(outlets);
    }

    /** How many matching articles name one entity. */
    public record FacetCount(String name, int count) {
    }

    /**
     * How many matching articles name one place or a place under it.
     *
     * @param code GB/T 2260 code, or null for a place that is not an administrative division
     * @param name the division's name
     * @param level {@code province}, {@code city} or {@code county}, or null
     * @param count matching articles
     */
    public record PlaceCount(String code, String name, String level, int count) {
    }
}
