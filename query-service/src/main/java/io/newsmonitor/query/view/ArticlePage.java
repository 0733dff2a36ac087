package io.newsmonitor.query.view;

import io.newsmonitor.events.EnrichedArticle;
import java.util.List;

/**
 * One page of the view.
 *
 * @param total how many articles the view held when the page was taken
 * @param items the articles of the page, newest first
 */
public record ArticlePage(int total, List<EnrichedArticle> items) {

    public ArticlePage {
        items = List.copyOf(items);
    }
}
