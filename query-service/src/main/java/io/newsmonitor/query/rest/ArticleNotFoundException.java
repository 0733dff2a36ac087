package io.newsmonitor.query.rest;

/** No article with the requested id is in the view; answered with 404. */
public final class ArticleNotFoundException extends RuntimeException {

    public ArticleNotFoundException(String id) {
        super("No article with id " + id + " is in the view; it may not be enriched yet."
                + " List the known ids with GET /api/articles.");
    }
}
