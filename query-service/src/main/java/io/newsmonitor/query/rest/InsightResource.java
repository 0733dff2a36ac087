package io.newsmonitor.query.rest;

import io.newsmonitor.events.EnrichedArticle;
import io.newsmonitor.query.view.ArticleView;
import io.newsmonitor.query.view.PlaceMap;
import io.newsmonitor.query.view.TopEntities;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.jboss.resteasy.reactive.RestQuery;

/** Aggregates over the whole view, for the dashboard's charts: top entities and the map of places. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public class InsightResource {

    private final ArticleView view;

    public InsightResource(ArticleView view) {
        this.view = view;
    }

    @GET
    @Path("/entities/top")
    public TopEntityList topEntities(@RestQuery String type, @RestQuery String limit) {
        TopParameters asked = TopParameters.parse(type, limit);
        List<EnrichedArticle> articles = view.all();
        return new TopEntityList(asked.type().apiName(), articles.size(),
                TopEntities.of(articles, asked.type(), asked.limit()));
    }

    @GET
    @Path("/places/map")
    public PlaceMapList placeMap() {
        List<EnrichedArticle> articles = view.all();
        return new PlaceMapList(articles.size(), PlaceMap.of(articles));
    }
}
