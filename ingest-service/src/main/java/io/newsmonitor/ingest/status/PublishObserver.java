package io.newsmonitor.ingest.status;

import io.newsmonitor.ingest.metrics.IngestMetrics;
import io.newsmonitor.ingest.publish.PublishException;
import io.newsmonitor.ingest.publish.PublishListener;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;

/** Feeds every publish attempt to the status (for readiness) and to the latency timer. */
@Singleton
final class PublishObserver implements PublishListener {

    private final IngestStatus status;
    private final IngestMetrics metrics;

    PublishObserver(IngestStatus status, IngestMetrics metrics) {
        this.status = status;
        this.metrics = metrics;
    }

    @Override
    public void acknowledged(String articleId, Duration latency) {
        status.publishAcknowledged();
        metrics.acknowledged(latency);
    }

    @Override
    public void failed(String articleId, PublishException failure) {
        status.publishFailed(articleId, failure.getMessage(), Instant.now());
    }
}
