package io.newsmonitor.ingest.rest;

import io.newsmonitor.ingest.config.IngestConfig;
import io.newsmonitor.ingest.status.IngestStatus;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code GET /api/ingest/status}: what the ingest has done since start-up. */
@Path("/api/ingest/status")
public final class IngestStatusResource {

    /**
     * @param inboxDir the watched folder, absolute
     * @param filesWaiting candidate files in the inbox at the last scan
     * @param processed files published and moved to the processed folder since start-up
     * @param rejected files moved to the rejected folder since start-up
     * @param posted articles published through {@code POST /api/articles} since start-up
     * @param lastError the most recent failure, or null
     */
    public record StatusBody(String inboxDir, int filesWaiting, long processed, long rejected, long posted,
            IngestStatus.LastError lastError) {
    }

    private final IngestConfig config;
    private final IngestStatus status;

    IngestStatusResource(IngestConfig config, IngestStatus status) {
        this.config = config;
        this.status = status;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public StatusBody status() {
        return new StatusBody(config.inboxDir().toAbsolutePath().toString(), status.filesWaiting(), status.processed(),
                status.rejected(), status.posted(), status.lastError());
    }
}
