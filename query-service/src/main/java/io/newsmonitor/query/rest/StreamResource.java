package io.newsmonitor.query.rest;

import io.newsmonitor.query.live.LiveArticleFeed;
import io.smallrye.mutiny.Multi;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;

/**
 * Server-Sent Events: an {@code article} event (summary as JSON, event id = article id) for each
 * article new to the view, an {@code alert} event for each watchlist alert, and a {@code heartbeat} event at once and then periodically.
 */
@Path("/api/stream")
public class StreamResource {

    /** Event name of a newly enriched article. */
    public static final String ARTICLE_EVENT = "article";

    /** Event name of a watchlist alert; its data is the ArticleAlert as JSON. */
    public static final String ALERT_EVENT = "alert";

    /** Event name of a heartbeat; its data is the server time. */
    public static final String HEARTBEAT_EVENT = "heartbeat";

    private final LiveArticleFeed live;

    public StreamResource(LiveArticleFeed live) {
        this.live = live;
    }

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    public Multi<OutboundSseEvent> stream(@Context Sse sse) {
        Multi<OutboundSseEvent> articles = live.articles().map(article -> sse.newEventBuilder()
                .name(ARTICLE_EVENT)
                .id(article.id())
                .mediaType(MediaType.APPLICATION_JSON_TYPE)
                .data(article)
                .build());
        Multi<OutboundSseEvent> alerts = live.alerts().map(alert -> sse.newEventBuilder()
                .name(ALERT_EVENT)
                .id(alert.watchlistId() + "/" + alert.articleId())
                .mediaType(MediaType.APPLICATION_JSON_TYPE)
                .data(alert)
                .build());
        Multi<OutboundSseEvent> heartbeats = live.heartbeats().map(now -> sse.newEventBuilder()
                .name(HEARTBEAT_EVENT)
                .mediaType(MediaType.TEXT_PLAIN_TYPE)
                .data(now.toString())
                .build());
        // Articles first, so the client is subscribed to them before the first heartbeat tells it the stream is open.
        return Multi.createBy().merging().streams(articles, alerts, heartbeats);
    }
}
