package io.newsmonitor.query.rest;

/**
 * The {@code limit} and {@code offset} query parameters of a list request, checked. They arrive as
 * text so that a value like {@code limit=ten} gets a clear 400 rather than a bare 404.
 *
 * @param limit how many articles to return, 1 to {@link #MAX_LIMIT}
 * @param offset how many of the newest articles to skip, 0 or more
 */
public record PageParameters(int limit, int offset) {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 500;

    /**
     * Reads the parameters; a missing one takes its default (limit {@value #DEFAULT_LIMIT}, offset 0).
     *
     * @throws InvalidRequestException naming the parameter and the value that was wrong
     */
    public static PageParameters parse(String limit, String offset) {
        int parsedLimit = parseInt("limit", limit, DEFAULT_LIMIT);
        int parsedOffset = parseInt("offset", offset, 0);
        if (parsedLimit < 1 || parsedLimit > MAX_LIMIT) {
            throw new InvalidRequestException("limit must be between 1 and " + MAX_LIMIT + ", was " + limit);
        }
        if (parsedOffset < 0) {
            throw new InvalidRequestException("offset must be 0 or more, was " + offset);
        }
        return new PageParameters(parsedLimit, parsedOffset);
    }

    static int parseInt(String name, String value, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new InvalidRequestException(name + " must be a whole number, was " + value);
        }
    }
}
