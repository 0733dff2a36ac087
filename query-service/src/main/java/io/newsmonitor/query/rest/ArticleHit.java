package io.newsmonitor.query.rest;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.newsmonitor.query.search.Highlight;
import io.newsmonitor.query.view.ArticleSummary;
import java.util.List;

/**
 * One article of a search answer: its summary fields, plus fragments of its text around the words
 * searched for (empty without {@code q}).
 */
public record ArticleHit(@JsonUnwrapped ArticleSummary article, List<Highlight> highlights) {
}
