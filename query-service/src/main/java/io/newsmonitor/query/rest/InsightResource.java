package io.newsmonitor.query.rest;

import io.newsmonitor.events.EnrichedArticle;
import io.newsmonitor.query.index.ArticleTimes;
import io.newsmonitor.query.view.ArticleView;
import io.newsmonitor.query.view.EntityGraph;
import io.newsmonitor.query.view.EntityType;
import io.newsmonitor.query.view.PlaceMap;
import io.newsmonitor.query.view.Timeline;
import io.newsmonitor.query.view.TopEntities;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

/** Aggregates for the dashboard's charts: top entities, timeline, map of places and co-occurrence graph. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Insights", description = "Aggregates over the view")
public class InsightResource {

    static final int DEFAULT_GRAPH_NODES = 50;
    static final int MAX_GRAPH_NODES = 300;

    private final ArticleView view;

    public InsightResource(ArticleView view) {
        this.view = view;
    }

    @GET
    @Path("/entities/top")
    @Operation(summary = "Most named entities", description = "Entities of one type named by the most articles"
            + " published in the range, with their article and mention counts.")
    @APIResponse(responseCode = "400", description = "Unknown type, bad limit or bad date")
    public TopEntityList topEntities(
            @Parameter(description = "person, place, organization, keyword, industry or outlet") @RestQuery String type,
            @Parameter(description = "1 to 100 (default 10)") @RestQuery String limit,
            @Parameter(description = "Earliest publication: ISO date or date-time") @RestQuery String from,
            @Parameter(description = "Latest publication, inclusive: ISO date or date-time") @RestQuery String to) {
        TopParameters asked = TopParameters.parse(type, limit);
        List<EnrichedArticle> articles = view.matching(RangeFilter.between(from, to));
        return new TopEntityList(asked.type().apiName(), articles.size(),
                TopEntities.of(articles, asked.type(), asked.limit()));
    }

    @GET
    @Path("/timeline")
    @Operation(summary = "Articles over time", description = "Articles per hour or day (China time) by publication"
            + " time (enrichment time when unknown), optionally of one entity; empty buckets between the first and"
            + " the last are filled with 0.")
    @APIResponse(responseCode = "400", description = "Bad interval, type without name, or bad date")
    public TimelineAnswer timeline(
            @Parameter(description = "person, place, organization, industry or outlet; with name") @RestQuery String type,
            @Parameter(description = "The entity's name (a place may be a GB/T 2260 code)") @RestQuery String name,
            @Parameter(description = "hour or day (default day)") @RestQuery String interval,
            @Parameter(description = "Earliest publication: ISO date or date-time") @RestQuery String from,
            @Parameter(description = "Latest publication, inclusive: ISO date or date-time") @RestQuery String to) {
        Timeline.Interval width = interval == null || interval.isBlank() ? Timeline.Interval.DAY
                : Timeline.Interval.fromApiName(interval).orElseThrow(() -> new InvalidRequestException(
                        "interval must be hour or day, was " + interval));
        List<java.time.Instant> times = view.matching(RangeFilter.entity(type, name, from, to)).stream()
                .map(ArticleTimes::of)
                .toList();
        try {
            return new TimelineAnswer(width.apiName(), Timeline.of(times, width, ArticleTimes.CHINA));
        } catch (IllegalArgumentException tooManyBuckets) {
            throw new InvalidRequestException(tooManyBuckets.getMessage());
        }
    }

    @GET
    @Path("/places/map")
    @Operation(summary = "Map of places", description = "Resolved places with coordinates and counts.")
    public PlaceMapList placeMap() {
        PlaceMap.Counted map = view.placeMap();
        return new PlaceMapList(map.articles(), map.places());
    }

    @GET
    @Path("/graph")
    @Operation(summary = "Entity co-occurrence graph", description = "Persons, places and organisations named by the"
            + " most articles as nodes; an edge between two of them weighs how many articles name both.")
    @APIResponse(responseCode = "400", description = "Bad limit or type")
    public EntityGraph.Graph graph(
            @Parameter(description = "Nodes, 1 to 300 (default 50)") @RestQuery String limit,
            @Parameter(description = "Only this type: person, place or organization (default all three)")
            @RestQuery String type) {
        int nodes = PageParameters.parseInt("limit", limit, DEFAULT_GRAPH_NODES);
        if (nodes < 1 || nodes > MAX_GRAPH_NODES) {
            throw new InvalidRequestException("limit must be between 1 and " + MAX_GRAPH_NODES + ", was " + limit);
        }
        Set<EntityType> types = EnumSet.of(EntityType.PERSON, EntityType.PLACE, EntityType.ORGANIZATION);
        if (type != null && !type.isBlank()) {
            EntityType only = EntityType.fromApiName(type).filter(types::contains).orElseThrow(() ->
                    new InvalidRequestException("type must be person, place or organization, was " + type));
            types = EnumSet.of(only);
        }
        return view.graph(types, nodes);
    }
}
