package io.newsmonitor.query.view;

import io.newsmonitor.events.EnrichedArticle;
import io.newsmonitor.events.FigureMention;
import io.newsmonitor.events.IndustryMention;
import io.newsmonitor.events.OrganizationMention;
import io.newsmonitor.events.PersonMention;
import io.newsmonitor.events.PlaceMention;
import java.time.Instant;
import java.util.List;

/**
 * An article without its texts: what lists and the live stream carry, enough for a card (title or
 * generated title, bylines, entities with persons' posts, industries, figures and the id of the
 * article it near-duplicates). The full article, with clean and original
 * text, editors, photographers and what cleaning removed, is fetched by id.
 */
public record ArticleSummary(
        String id,
        String title,
        String publishedAt,
        String outlet,
        String summary,
        List<String> keywords,
        List<PersonMention> persons,
        List<PlaceMention> places,
        List<OrganizationMention> organizations,
        String script,
        String fileName,
        Instant receivedAt,
        Instant enrichedAt,
        List<String> authors,
        String generatedTitle,
        List<IndustryMention> industries,
        String duplicateOf,
        List<FigureMention> figures) {

    public static ArticleSummary of(EnrichedArticle article) {
        return new ArticleSummary(
                article.id(),
                article.title(),
                article.publishedAt(),
                article.outlet(),
                article.summary(),
                article.keywords(),
                article.persons(),
                article.places(),
                article.organizations(),
                article.script(),
                article.fileName(),
                article.receivedAt(),
                article.enrichedAt(),
                article.authors(),
                article.generatedTitle(),
                article.industries(),
                article.duplicateOf(),
                article.figures());
    }
}
