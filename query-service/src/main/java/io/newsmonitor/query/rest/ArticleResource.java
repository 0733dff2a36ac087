package io.newsmonitor.query.rest;

import io.newsmonitor.events.EnrichedArticle;
import io.newsmonitor.query.view.ArticlePage;
import io.newsmonitor.query.view.ArticleSummary;
import io.newsmonitor.query.view.ArticleView;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** The articles in the view: a page of summaries, or one article in full. */
@Path("/api/articles")
@Produces(MediaType.APPLICATION_JSON)
public class ArticleResource {

    private final ArticleView view;

    public ArticleResource(ArticleView view) {
        this.view = view;
    }

    @GET
    public ArticleList list(@RestQuery String limit, @RestQuery String offset) {
        PageParameters page = PageParameters.parse(limit, offset);
        ArticlePage found = view.page(page.limit(), page.offset());
        return new ArticleList(found.total(), found.items().stream().map(ArticleSummary::of).toList());
    }

    @GET
    @Path("/{id}")
    public EnrichedArticle get(@RestPath String id) {
        return view.findById(id).orElseThrow(() -> new ArticleNotFoundException(id));
    }
}
