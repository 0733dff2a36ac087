package io.newsmonitor.query.rest;

import io.newsmonitor.query.view.ArticleQuery;
import java.time.Instant;
import java.util.List;

/** Reads and checks the query parameters of {@code GET /api/articles} into an {@link ArticleQuery}. */
final class SearchParameters {

    /** Longest word query, in characters: a search box, not a document. */
    static final int MAX_QUERY_CHARS = 200;
    /** Most values of one repeated filter (person=…&person=…). */
    static final int MAX_FILTER_VALUES = 20;

    private SearchParameters() {
    }

    /**
     * @throws InvalidRequestException naming the parameter and the value that was wrong
     */
    static ArticleQuery parse(String q, List<String> persons, List<String> places, List<String> organizations,
            List<String> industries, List<String> outlets, String from, String to, String limit, String offset) {
        PageParameters page = PageParameters.parse(limit, offset);
        if (q != null && q.strip().length() > MAX_QUERY_CHARS) {
            throw new InvalidRequestException("q has " + q.strip().length() + " characters; at most " + MAX_QUERY_CHARS
                    + ": search for the few words that matter");
        }
        bounded("person", persons);
        bounded("place", places);
        bounded("org", organizations);
        bounded("industry", industries);
        bounded("outlet", outlets);
        Instant start = DateParameter.from("from", from);
        Instant end = DateParameter.to("to", to);
        if (start != null && end != null && !start.isBefore(end)) {
            throw new InvalidRequestException("from must be before to, was from=" + from + " and to=" + to);
        }
        return new ArticleQuery(q == null || q.isBlank() ? null : q.strip(), nonBlank(persons), nonBlank(places),
                nonBlank(organizations), nonBlank(industries), nonBlank(outlets), start, end, page.limit(),
                page.offset());
    }

    private static void bounded(String name, List<String> values) {
        if (values != null && values.size() > MAX_FILTER_VALUES) {
            throw new InvalidRequestException(name + " is given " + values.size() + " times; at most "
                    + MAX_FILTER_VALUES);
        }
    }

    private static List<String> nonBlank(List<String> values) {
        return values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank()).toList();
    }
}
