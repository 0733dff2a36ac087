package io.newsmonitor.query.view;

import java.time.Instant;
import java.util.List;

/**
 * What a search asks of the view: full text, entity filters (all must match), a time range and a page.
 * Names are in Simplified script; {@link #q()} may still be Traditional, the view converts it.
 *
 * @param q full-text query over title and text, or null for every article
 * @param persons person names the article must all name
 * @param places GB/T 2260 codes (a division and everything under it) or place names, all required
 * @param organizations organisation names, all required
 * @param industries industry names from the taxonomy, all required
 * @param outlets outlet names, all required
 * @param from earliest publication time (inclusive), or null
 * @param to latest publication time (exclusive), or null
 * @param limit at most this many items, at least 1
 * @param offset how many of the first matches to skip, at least 0
 */
public record ArticleQuery(String q, List<String> persons, List<String> places, List<String> organizations,
        List<String> industries, List<String> outlets, Instant from, Instant to, int limit, int offset) {

    public ArticleQuery {
        persons = persons == null ? List.of() : List.copyOf(persons);
        places = places == null ? List.of() : List.copyOf(places);
        organizations = organizations == null ? List.of() : List.copyOf(organizations);
        industries = industries == null ? List.of() : List.copyOf(industries);
        outlets = outlets == null ? List.of() : List.copyOf(outlets);
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, was " + limit);
        }
        if (offset < 0) {
            throw new IllegalArgumentException("offset must be at least 0, was " + offset);
        }
    }

    /** Every article, newest first: one page of the unfiltered view. */
    public static ArticleQuery everything(int limit, int offset) {
        return new ArticleQuery(null, null, null, null, null, null, null, null, limit, offset);
    }

    /** The same filters with another page. */
    public ArticleQuery withPage(int newLimit, int newOffset) {
        return new ArticleQuery(q, persons, places, organizations, industries, outlets, from, to, newLimit, newOffset);
    }

    /** Whether the query holds any full-text words. */
    public boolean hasText() {
        return q != null && !q.isBlank();
    }
}
