package io.newsmonitor.ingest.rest;

import io.newsmonitor.events.RawArticle;
import io.newsmonitor.ingest.config.IngestConfig;
import io.newsmonitor.ingest.metrics.IngestMetrics;
import io.newsmonitor.ingest.publish.ArticlePublisher;
import io.newsmonitor.ingest.publish.PublishException;
import io.newsmonitor.ingest.publish.RawArticles;
import io.newsmonitor.ingest.read.ArticleFormat;
import io.newsmonitor.ingest.read.ArticleReader;
import io.newsmonitor.ingest.read.ArticleRejectedException;
import io.newsmonitor.ingest.read.CharsetDetector;
import io.newsmonitor.ingest.read.ReadArticle;
import io.newsmonitor.ingest.read.ReadResult;
import io.newsmonitor.ingest.state.PublishedIds;
import io.newsmonitor.ingest.status.IngestStatus;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.Charset;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * {@code POST /api/articles}: publishes the posted text, page or JSON as raw articles and answers once the
 * broker acknowledged them. The format follows the Content-Type, the encoding its charset or, without one,
 * detection.
 */
@Path("/api/articles")
public final class ArticleResource {

    /** The file name recorded for articles that arrive over HTTP. */
    public static final String HTTP_POST = "http-post";

    static final String EMPTY_BODY =
            "The request body is empty: send the article as text/plain, text/html or application/json.";

    static final String NDJSON = "application/x-ndjson";

    private static final Logger LOG = Logger.getLogger(ArticleResource.class);

    private final ArticleReader reader;
    private final ArticlePublisher publisher;
    private final IngestStatus status;
    private final PublishedIds publishedIds;
    private final IngestMetrics metrics;

    ArticleResource(IngestConfig config, ArticlePublisher publisher, IngestStatus status, PublishedIds publishedIds,
            IngestMetrics metrics) {
        this.reader = new ArticleReader(config.maxFileSizeBytes());
        this.publisher = publisher;
        this.status = status;
        this.publishedIds = publishedIds;
        this.metrics = metrics;
    }

    // Runs on a worker thread (blocking signature), so waiting for the ack never blocks the event loop.
    @POST
    @Consumes({MediaType.TEXT_PLAIN, MediaType.TEXT_HTML, MediaType.APPLICATION_JSON, NDJSON})
    @Produces(MediaType.APPLICATION_JSON)
    public Response publish(byte[] body, @Context HttpHeaders headers) throws ArticleRejectedException, PublishException {
        long started = System.nanoTime();
        byte[] bytes = body == null ? new byte[0] : body;
        MediaType type = headers.getMediaType();
        ReadResult result = reader.read(HTTP_POST, bytes, format(type), declaredCharset(type));
        Instant received = Instant.now();
        Map<String, RawArticle> articles = new LinkedHashMap<>();
        for (ReadArticle read : result.articles()) {
            RawArticle article = RawArticles.of(HTTP_POST, bytes.length, received, result, read);
            articles.putIfAbsent(article.id(), article);
        }
        List<RawArticle> fresh = articles.values().stream().filter(a -> !publishedIds.contains(a.id())).toList();
        for (RawArticle article : fresh) {
            publisher.publish(article);
            status.postPublished();
            record(article.id());
        }
        List<String> ids = List.copyOf(articles.keySet());
        if (fresh.size() < ids.size()) {
            metrics.duplicates(ids.size() - fresh.size());
        }
        if (fresh.isEmpty()) {
            LOG.infof("%s: %d bytes, id %s, already published; not published again.", HTTP_POST, bytes.length,
                    ids.get(0).substring(0, 12));
            return Response.accepted(PublishedBody.alreadyPublished(ids)).build();
        }
        metrics.published(bytes.length);
        LOG.infof("%s: %d bytes, %s, %s, %d article(s), id %s, published in %d ms.", HTTP_POST, bytes.length,
                type, result.charset().name(), ids.size(), ids.get(0).substring(0, 12),
                (System.nanoTime() - started) / 1_000_000);
        return Response.accepted(PublishedBody.published(ids)).build();
    }

    // The broker has the article: a failure to record it only costs a harmless re-publish of the same id later.
    private void record(String id) {
        try {
            publishedIds.record(id);
        } catch (IOException e) {
            status.error(HTTP_POST, e.getMessage(), Instant.now());
            LOG.warnf("%s: article %s is published, but %s It will be published again if it is sent again.",
                    HTTP_POST, id, e.getMessage());
        }
    }

    private static ArticleFormat format(MediaType type) {
        if (type == null) {
            return ArticleFormat.PLAIN_TEXT;
        }
        String essence = type.getType() + "/" + type.getSubtype();
        return switch (essence.toLowerCase(Locale.ROOT)) {
            case MediaType.TEXT_HTML -> ArticleFormat.HTML;
            case MediaType.APPLICATION_JSON -> ArticleFormat.JSON;
            case NDJSON -> ArticleFormat.JSON_LINES;
            default -> ArticleFormat.PLAIN_TEXT;
        };
    }

    private static Charset declaredCharset(MediaType type) throws ArticleRejectedException {
        String name = type == null ? null : type.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (name == null) {
            return null;
        }
        return CharsetDetector.supported(name).orElseThrow(() -> new ArticleRejectedException(
                ArticleRejectedException.Reason.UNDECODABLE, HTTP_POST, "The Content-Type declares the charset '"
                        + name + "', which ingest does not read. Send the body in " + CharsetDetector.SUPPORTED
                        + ", or leave the charset out to have it detected."));
    }

    @ServerExceptionMapper
    Response rejected(ArticleRejectedException e) {
        metrics.rejected(e.reason());
        return switch (e.reason()) {
            case EMPTY -> error(Response.Status.BAD_REQUEST, EMPTY_BODY);
            case TOO_LARGE -> error(Response.Status.REQUEST_ENTITY_TOO_LARGE, e.getMessage());
            case UNDECODABLE, BINARY, UNSUPPORTED_FORMAT, INVALID_CONTENT, LINK_OUTSIDE_INBOX ->
                    error(Response.Status.BAD_REQUEST, e.getMessage());
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
