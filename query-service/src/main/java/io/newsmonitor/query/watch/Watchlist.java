package io.newsmonitor.query.watch;

import java.time.Instant;
import java.util.List;

/**
 * A saved search: words, persons, places and organisations that a new article must all match to
 * raise an alert. Empty criteria do not restrict.
 *
 * @param id stable id
 * @param name the name the user gave it
 * @param q words that must all appear in the title or text (Traditional is converted), or null
 * @param persons person names, all required
 * @param places GB/T 2260 codes (a division or anything under it) or place names, all required
 * @param organizations organisation names, all required
 * @param createdAt when it was saved; articles enriched before are history and raise no alert
 */
public record Watchlist(String id, String name, String q, List<String> persons, List<String> places,
        List<String> organizations, Instant createdAt) {

    public Watchlist {
        persons = persons == null ? List.of() : List.copyOf(persons);
        places = places == null ? List.of() : List.copyOf(places);
        organizations = organizations == null ? List.of() : List.copyOf(organizations);
    }
}
