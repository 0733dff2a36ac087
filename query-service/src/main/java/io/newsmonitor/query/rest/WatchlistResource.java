package io.newsmonitor.query.rest;

import io.newsmonitor.events.ArticleAlert;
import io.newsmonitor.query.watch.Watchlist;
import io.newsmonitor.query.watch.WatchlistLimits;
import io.newsmonitor.query.watch.WatchlistRequest;
import io.newsmonitor.query.watch.WatchlistStore;
import io.newsmonitor.query.watch.WatchlistSummary;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** Saved searches whose new matches raise alerts on the alerts topic and the live stream. */
@Path("/api/watchlists")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Watchlists", description = "Saved searches and their alerts")
public class WatchlistResource {

    static final int DEFAULT_ALERTS = 50;
    static final int MAX_ALERTS = WatchlistStore.ALERTS_KEPT;

    private final WatchlistStore store;
    private final WatchlistLimits limits;
    private final Clock clock = Clock.systemUTC();

    public WatchlistResource(WatchlistStore store, WatchlistLimits limits) {
        this.store = store;
        this.limits = limits;
    }

    @GET
    @Operation(summary = "List watchlists", description = "Every saved watchlist with its count of alerts.")
    public List<WatchlistSummary> list() {
        return store.all().stream().map(this::summary).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Save a watchlist", description = "Articles enriched from now on that match every given"
            + " word, person, place and organisation raise an alert.")
    @APIResponse(responseCode = "201", description = "The saved watchlist")
    @APIResponse(responseCode = "400", description = "No name or no criterion, a name over 100 or a term over 200"
            + " characters, more than 20 terms in a list, or the most watchlists this server keeps reached")
    public Response create(WatchlistRequest request) {
        if (request == null || request.name() == null || request.name().isBlank()) {
            throw new InvalidRequestException("name is required: send {\"name\": \"...\", \"q\": \"...\", \"persons\": [],"
                    + " \"places\": [], \"organizations\": []}");
        }
        List<String> persons = clean(request.persons());
        List<String> places = clean(request.places());
        List<String> organizations = clean(request.organizations());
        String q = request.q() == null || request.q().isBlank() ? null : request.q().strip();
        if (q == null && persons.isEmpty() && places.isEmpty() && organizations.isEmpty()) {
            throw new InvalidRequestException("watchlist " + request.name().strip() + " has no criterion: give q,"
                    + " persons, places or organizations");
        }
        Watchlist watchlist = new Watchlist(UUID.randomUUID().toString(), request.name().strip(), q, persons, places,
                organizations, clock.instant());
        limits.violation(watchlist, store.all().size()).ifPresent(problem -> {
            throw new InvalidRequestException("watchlist not saved: " + problem);
        });
        store.add(watchlist);
        return Response.created(URI.create("/api/watchlists/" + watchlist.id()))
                .entity(WatchlistSummary.of(watchlist, 0)).build();
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete a watchlist")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such watchlist")
    public Response delete(@RestPath String id) {
        if (!store.remove(id)) {
            throw new WatchlistNotFoundException(id);
        }
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/alerts")
    @Operation(summary = "A watchlist's alerts", description = "Newest first.")
    @APIResponse(responseCode = "404", description = "No such watchlist")
    public List<ArticleAlert> alerts(@RestPath String id,
            @Parameter(description = "1 to 500 (default 50)") @RestQuery String limit) {
        int wanted = PageParameters.parseInt("limit", limit, DEFAULT_ALERTS);
        if (wanted < 1 || wanted > MAX_ALERTS) {
            throw new InvalidRequestException("limit must be between 1 and " + MAX_ALERTS + ", was " + limit);
        }
        List<ArticleAlert> alerts = store.alerts(id).orElseThrow(() -> new WatchlistNotFoundException(id));
        return alerts.subList(0, Math.min(wanted, alerts.size()));
    }

    private WatchlistSummary summary(Watchlist watchlist) {
        return WatchlistSummary.of(watchlist, store.alerts(watchlist.id()).map(List::size).orElse(0));
    }

    private static List<String> clean(List<String> values) {
        return values == null ? List.of()
                : values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).toList();
    }
}
