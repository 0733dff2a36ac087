package io.newsmonitor.ingest.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.newsmonitor.ingest.read.ArticleRejectedException.Reason;
import jakarta.inject.Singleton;
import java.time.Duration;

/**
 * The service's Micrometer meters, shown by {@code GET /q/metrics} (Prometheus writes the dots as underscores).
 * An input is an inbox file or an HTTP post.
 */
@Singleton
public final class IngestMetrics {

    /** Inputs whose articles were all acknowledged by the broker (inputs already published are not counted). */
    public static final String PUBLISHED = "newsmonitor.ingest.files.published";
    /** Inputs that can never be published, tagged by {@code reason} ({@code empty}, {@code binary}, …). */
    public static final String REJECTED = "newsmonitor.ingest.files.rejected";
    /** Bytes of the inputs counted in {@link #PUBLISHED}. */
    public static final String BYTES = "newsmonitor.ingest.bytes";
    /** Articles not published again because their id was already published. */
    public static final String DUPLICATES = "newsmonitor.ingest.duplicates";
    /** Time from handing an article to the producer to the broker's acknowledgement. */
    public static final String PUBLISH_LATENCY = "newsmonitor.ingest.publish.latency";

    private final MeterRegistry registry;
    private final Counter published;
    private final Counter bytes;
    private final Counter duplicates;
    private final Timer latency;

    public IngestMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.published = Counter.builder(PUBLISHED).description("Inputs published").register(registry);
        this.bytes = Counter.builder(BYTES).description("Bytes of the inputs published").baseUnit("bytes")
                .register(registry);
        this.duplicates = Counter.builder(DUPLICATES).description("Articles already published, not sent again")
                .register(registry);
        this.latency = Timer.builder(PUBLISH_LATENCY).description("Time until the broker acknowledged an article")
                .register(registry);
    }

    public void published(long sizeBytes) {
        published.increment();
        bytes.increment(sizeBytes);
    }

    public void rejected(Reason reason) {
        Counter.builder(REJECTED).description("Inputs rejected").tag("reason", reason.tag()).register(registry)
                .increment();
    }

    public void duplicates(int articles) {
        duplicates.increment(articles);
    }

    public void acknowledged(Duration duration) {
        latency.record(duration);
    }
}
