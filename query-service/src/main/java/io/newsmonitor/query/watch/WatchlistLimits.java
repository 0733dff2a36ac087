package io.newsmonitor.query.watch;

import java.util.List;
import java.util.Optional;

/**
 * Bounds on what one user can save, so that a script cannot fill the watchlists file or make every
 * new article wait behind thousands of checks: how many watchlists there may be, how long a name or a
 * term may be and how many terms one criterion may hold.
 *
 * @param maxWatchlists how many watchlists the service keeps ({@code query.watchlists.max})
 */
public record WatchlistLimits(int maxWatchlists) {

    /** Longest name, in characters. */
    public static final int MAX_NAME_CHARS = 100;
    /** Longest word query or single term, in characters. */
    public static final int MAX_TERM_CHARS = 200;
    /** Most terms in one list (persons, places or organisations). */
    public static final int MAX_TERMS = 20;

    public WatchlistLimits {
        if (maxWatchlists < 1) {
            throw new IllegalArgumentException("query.watchlists.max must be at least 1, was " + maxWatchlists);
        }
    }

    /**
     * What is wrong with a watchlist about to be saved while {@code saved} others exist, or empty when
     * it is within bounds. The message says which bound and how to stay within it.
     */
    public Optional<String> violation(Watchlist watchlist, int saved) {
        if (saved >= maxWatchlists) {
            return Optional.of("there are already " + saved + " watchlists, the most this server keeps"
                    + " (query.watchlists.max): delete one you no longer need, or raise QUERY_WATCHLISTS_MAX");
        }
        if (watchlist.name().length() > MAX_NAME_CHARS) {
            return Optional.of("name has " + watchlist.name().length() + " characters; at most " + MAX_NAME_CHARS);
        }
        if (watchlist.q() != null && watchlist.q().length() > MAX_TERM_CHARS) {
            return Optional.of("q has " + watchlist.q().length() + " characters; at most " + MAX_TERM_CHARS);
        }
        return terms("persons", watchlist.persons())
                .or(() -> terms("places", watchlist.places()))
                .or(() -> terms("organizations", watchlist.organizations()));
    }

    private static Optional<String> terms(String field, List<String> values) {
        if (values.size() > MAX_TERMS) {
            return Optional.of(field + " has " + values.size() + " entries; at most " + MAX_TERMS
                    + " (split it into several watchlists)");
        }
        return values.stream().filter(v -> v.length() > MAX_TERM_CHARS).findFirst()
                .map(v -> field + " has an entry of " + v.length() + " characters; at most " + MAX_TERM_CHARS);
    }
}
