package io.newsmonitor.query.watch;

import java.time.Instant;
import java.util.List;

/**
 * A watchlist as the API lists it: its definition and how many alerts it has raised (the kept ones).
 */
public record WatchlistSummary(String id, String name, String q, List<String> persons, List<String> places,
        List<String> organizations, Instant createdAt, int alerts) {

    public static WatchlistSummary of(Watchlist watchlist, int alerts) {
        return new WatchlistSummary(watchlist.id(), watchlist.name(), watchlist.q(), watchlist.persons(),
                watchlist.places(), watchlist.organizations(), watchlist.createdAt(), alerts);
    }
}
