package io.newsmonitor.query.rest;

import io.newsmonitor.query.view.ArticleQuery;
import io.newsmonitor.query.view.EntityType;
import java.time.Instant;
import java.util.List;

/**
 * The articles an aggregate is taken over: optionally one entity ({@code type} and {@code name}) and a
 * publication range ({@code from}, {@code to}), read from query parameters and checked.
 */
final class RangeFilter {

    private RangeFilter() {
    }

    /** Articles published between from and to (both optional). */
    static ArticleQuery between(String from, String to) {
        return entity(null, null, from, to);
    }

    /**
     * Articles naming one entity (type and name both given, or both absent) published between from and to.
     *
     * @throws InvalidRequestException naming the parameter and the value that was wrong
     */
    static ArticleQuery entity(String type, String name, String from, String to) {
        Instant start = DateParameter.from("from", from);
        Instant end = DateParameter.to("to", to);
        if (start != null && end != null && !start.isBefore(end)) {
            throw new InvalidRequestException("from must be before to, was from=" + from + " and to=" + to);
        }
        boolean hasType = type != null && !type.isBlank();
        boolean hasName = name != null && !name.isBlank();
        if (hasType != hasName) {
            throw new InvalidRequestException("type and name go together: give both or neither, was type="
                    + (hasType ? type : "missing") + " and name=" + (hasName ? name : "missing"));
        }
        List<String> one = hasName ? List.of(name.strip()) : List.of();
        EntityType entity = hasType ? EntityType.fromApiName(type).filter(t -> t != EntityType.KEYWORD)
                .orElseThrow(() -> new InvalidRequestException("type must be one of person, place, organization,"
                        + " industry, outlet, was " + type)) : null;
        return new ArticleQuery(null,
                entity == EntityType.PERSON ? one : List.of(),
                entity == EntityType.PLACE ? one : List.of(),
                entity == EntityType.ORGANIZATION ? one : List.of(),
                entity == EntityType.INDUSTRY ? one : List.of(),
                entity == EntityType.OUTLET ? one : List.of(),
                start, end, 1, 0);
    }
}
