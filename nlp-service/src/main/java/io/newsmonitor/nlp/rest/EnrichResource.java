package io.newsmonitor.nlp.rest;

import io.newsmonitor.events.RawArticle;
import io.newsmonitor.nlp.pipeline.EnrichmentPipeline;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;

/** Enriches a text posted over HTTP, without Kafka: for trying the pipeline and for the dashboard. */
@Path("/api/enrich")
public class EnrichResource {

    static final String FILE_NAME = "http-post";

    private final EnrichmentPipeline pipeline;

    public EnrichResource(EnrichmentPipeline pipeline) {
        this.pipeline = pipeline;
    }

    @POST
    @Blocking
    @Consumes(MediaType.TEXT_PLAIN)
    @Produces(MediaType.APPLICATION_JSON)
    public Response enrich(String text) {
        if (text == null || text.isBlank()) {
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(Map.of("error", "The request body is empty. POST the article text as text/plain; "
                            + "charset=UTF-8, e.g. curl --data-binary @article.txt -H 'Content-Type: text/plain; "
                            + "charset=UTF-8' http://localhost:8082/api/enrich"))
                    .build();
        }
        RawArticle raw = RawArticle.of(FILE_NAME, text.getBytes(StandardCharsets.UTF_8).length, Instant.now(), text);
        return Response.ok(pipeline.enrich(raw)).build();
    }
}
