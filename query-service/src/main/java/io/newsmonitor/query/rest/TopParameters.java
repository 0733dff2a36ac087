package io.newsmonitor.query.rest;

import io.newsmonitor.query.view.EntityType;

/**
 * The {@code type} and {@code limit} query parameters of a top-entities request, checked.
 *
 * @param type which kind of entity to count
 * @param limit how many entities to return, 1 to {@link #MAX_LIMIT}
 */
public record TopParameters(EntityType type, int limit) {

    public static final int DEFAULT_LIMIT = 10;
    public static final int MAX_LIMIT = 100;

    /**
     * Reads the parameters; {@code type} is required, a missing limit is {@value #DEFAULT_LIMIT}.
     *
     * @throws InvalidRequestException naming the parameter and the value that was wrong
     */
    public static TopParameters parse(String type, String limit) {
        EntityType parsedType = EntityType.fromApiName(type).orElseThrow(() -> new InvalidRequestException(
                "type must be one of " + EntityType.apiNames() + ", was " + (type == null ? "missing" : type)));
        int parsedLimit = DEFAULT_LIMIT;
        if (limit != null && !limit.isBlank()) {
            try {
                parsedLimit = Integer.parseInt(limit.trim());
            } catch (NumberFormatException e) {
                throw new InvalidRequestException("limit must be a whole number, was " + limit);
            }
        }
        if (parsedLimit < 1 || parsedLimit > MAX_LIMIT) {
            throw new InvalidRequestException("limit must be between 1 and " + MAX_LIMIT + ", was " + limit);
        }
        return new TopParameters(parsedType, parsedLimit);
    }
}
