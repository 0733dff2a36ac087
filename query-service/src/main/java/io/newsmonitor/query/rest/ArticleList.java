package io.newsmonitor.query.rest;

import io.newsmonitor.query.view.SearchFacets;
import java.util.List;

/**
 * The answer to {@code GET /api/articles}.
 *
 * @param total how many articles match the request (all articles of the view without filters)
 * @param items the requested page, newest first
 * @param facets the top 10 persons, places, organisations, industries and outlets over all matches
 */
public record ArticleList(int total, List<ArticleHit> items, SearchFacets facets) {
}
