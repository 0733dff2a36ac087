package io.newsmonitor.query.view;

import io.newsmonitor.events.EnrichedArticle;
import java.util.List;

/**
 * The answer of the view to an {@link ArticleQuery}.
 *
 * @param total how many articles match (not only the page)
 * @param items the requested page of matches, newest first
 * @param facets the most named entities across all matches
 */
public record SearchResult(int total, List<EnrichedArticle> items, SearchFacets facets) {

    public SearchResult {
        items = List.copyOf(items);
    }
}
