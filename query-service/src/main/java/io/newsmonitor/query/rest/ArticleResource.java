package io.newsmonitor.query.rest;

import io.newsmonitor.events.EnrichedArticle;
import io.newsmonitor.query.search.Highlighter;
import io.newsmonitor.query.view.ArticleQuery;
import io.newsmonitor.query.view.ArticleSummary;
import io.newsmonitor.query.view.ArticleView;
import io.newsmonitor.query.view.SearchResult;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** The articles in the view: a search with facets and highlights, or one article in full. */
@Path("/api/articles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Articles", description = "Search the view and read articles")
public class ArticleResource {

    /** Characters of context on each side of a highlighted word, and fragments per article. */
    private static final Highlighter HIGHLIGHTER = new Highlighter(30, 3);

    private final ArticleView view;

    public ArticleResource(ArticleView view) {
        this.view = view;
    }

    @GET
    @Operation(summary = "Search articles",
            description = "Full-text search (Chinese by CJK bigrams; Traditional input is converted to Simplified) with"
                    + " entity, outlet and date filters, newest first. Answers the total of matches, the page with"
                    + " highlighted fragments, and the top 10 of each facet over all matches.")
    @APIResponse(responseCode = "200", description = "The matching page, total and facets")
    @APIResponse(responseCode = "400", description = "A parameter is invalid; the error says which and why")
    public ArticleList list(
            @Parameter(description = "Words to find in title and text; several words must all match")
            @RestQuery String q,
            @Parameter(description = "Exact person name; repeat for several (all must match)")
            @RestQuery List<String> person,
            @Parameter(description = "GB/T 2260 code (matches the division and everything under it) or place name")
            @RestQuery List<String> place,
            @Parameter(description = "Exact organisation name; repeatable") @RestQuery List<String> org,
            @Parameter(description = "Industry name from the taxonomy; repeatable") @RestQuery List<String> industry,
            @Parameter(description = "Outlet name; repeatable") @RestQuery List<String> outlet,
            @Parameter(description = "Earliest publication: ISO date (2024-10-17) or date-time") @RestQuery String from,
            @Parameter(description = "Latest publication, inclusive: ISO date or date-time") @RestQuery String to,
            @Parameter(description = "Page size, 1 to 500 (default 20)") @RestQuery String limit,
            @Parameter(description = "Matches to skip, 0 or more (default 0)") @RestQuery String offset) {
        ArticleQuery query = SearchParameters.parse(q, person, place, org, industry, outlet, from, to, limit, offset);
        return answer(query.q(), view.search(query));
    }

    /** The answer to a search for the words {@code q}: summaries with highlights, total and facets. */
    static ArticleList answer(String q, SearchResult found) {
        List<ArticleHit> items = found.items().stream()
                .map(article -> new ArticleHit(ArticleSummary.of(article), HIGHLIGHTER.highlight(q, article.text())))
                .toList();
        return new ArticleList(found.total(), items, found.facets());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One article in full", description = "The enriched article event as JSON, with clean and"
            + " original text.")
    @APIResponse(responseCode = "200", description = "The article")
    @APIResponse(responseCode = "404", description = "No article with this id is in the view")
    public EnrichedArticle get(@Parameter(description = "Article id (SHA-256 hex)") @RestPath String id) {
        return view.findById(id).orElseThrow(() -> new ArticleNotFoundException(id));
    }
}
