package io.newsmonitor.ingest.rest;

import io.newsmonitor.events.RawArticle;
import io.newsmonitor.ingest.config.IngestConfig;
import io.newsmonitor.ingest.publish.ArticlePublisher;
import io.newsmonitor.ingest.publish.PublishException;
import io.newsmonitor.ingest.read.ArticleReader;
import io.newsmonitor.ingest.read.ArticleRejectedException;
import io.newsmonitor.ingest.status.IngestStatus;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** {@code POST /api/articles}: publishes the posted text as a raw article and answers once the broker acknowledged it. */
@Path("/api/articles")
public final class ArticleResource {

    /** The file name recorded for articles that arrive over HTTP. */
    public static final String HTTP_POST = "http-post";

    static final String EMPTY_BODY = "The request body is empty: send the article text as text/plain UTF-8.";

    private static final Logger LOG = Logger.getLogger(ArticleResource.class);

    private final ArticleReader reader;
    private final ArticlePublisher publisher;
    private final IngestStatus status;

    ArticleResource(IngestConfig config, ArticlePublisher publisher, IngestStatus status) {
        this.reader = new ArticleReader(config.maxFileSizeBytes());
        this.publisher = publisher;
        this.status = status;
    }

    // Runs on a worker thread (blocking signature), so waiting for the ack never blocks the event loop.
    @POST
    @Consumes(MediaType.TEXT_PLAIN)
    @Produces(MediaType.APPLICATION_JSON)
    public Response publish(byte[] body) throws ArticleRejectedException, PublishException {
        long started = System.nanoTime();
        byte[] bytes = body == null ? new byte[0] : body;
        RawArticle article = RawArticle.of(HTTP_POST, bytes.length, Instant.now(), reader.read(HTTP_POST, bytes));
        publisher.publish(article);
        status.postPublished();
        LOG.infof("%s: %d bytes, id %s, published in %d ms.", HTTP_POST, bytes.length, article.id().substring(0, 12),
                (System.nanoTime() - started) / 1_000_000);
        return Response.accepted(PublishedBody.published(article.id())).build();
    }

    @ServerExceptionMapper
    Response rejected(ArticleRejectedException e) {
        return switch (e.reason()) {
            case EMPTY -> error(Response.Status.BAD_REQUEST, EMPTY_BODY);
            case TOO_LARGE -> error(Response.Status.REQUEST_ENTITY_TOO_LARGE, e.getMessage());
            case UNDECODABLE -> error(Response.Status.BAD_REQUEST, e.getMessage());
        };
    }

    @ServerExceptionMapper
    Response notAcknowledged(PublishException e) {
        status.error(HTTP_POST, e.getMessage(), Instant.now());
        LOG.warnf("%s: not published, answered 503. %s", HTTP_POST, e.getMessage());
        return Response.fromResponse(error(Response.Status.SERVICE_UNAVAILABLE, e.getMessage()))
                .header("Retry-After", "5")
                .build();
    }

    private static Response error(Response.Status status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(new ErrorBody(message)).build();
    }
}
