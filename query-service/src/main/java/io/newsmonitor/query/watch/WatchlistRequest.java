package io.newsmonitor.query.watch;

import java.util.List;

/**
 * The body of {@code POST /api/watchlists}: a name and at least one criterion.
 *
 * @param name how the user calls it
 * @param q words that must all appear, or null
 * @param persons person names, all required
 * @param places GB/T 2260 codes or place names, all required
 * @param organizations organisation names, all required
 */
public record WatchlistRequest(String name, String q, List<String> persons, List<String> places,
        List<String> organizations) {
}
