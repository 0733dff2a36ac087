package io.newsmonitor.query.rest;

import io.newsmonitor.query.view.ArticleSummary;
import java.util.List;

/**
 * The answer to {@code GET /api/articles}.
 *
 * @param total how many articles the view holds
 * @param items the requested page, newest first
 */
public record ArticleList(int total, List<ArticleSummary> items) {
}
