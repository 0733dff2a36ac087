package io.newsmonitor.query.rest;

/** No watchlist with the requested id; answered with 404. */
public final class WatchlistNotFoundException extends RuntimeException {

    public WatchlistNotFoundException(String id) {
        super("No watchlist with id " + id + "; list the saved ones with GET /api/watchlists.");
    }
}
