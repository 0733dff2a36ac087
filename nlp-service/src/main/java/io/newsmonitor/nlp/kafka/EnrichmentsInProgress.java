package io.newsmonitor.nlp.kafka;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * How many articles this instance is enriching at this moment: at most one per Kafka consumer, so a value
 * below {@code mp.messaging.incoming.articles-raw.concurrency} under load means consumers wait for records.
 * Published as the gauge {@value #METRIC} from start-up on ({@code @Startup}: created then, not on first use).
 */
@Startup
@Singleton
public class EnrichmentsInProgress {

    static final String METRIC = "nlp.enrichments.in.progress";

    private final AtomicInteger count = new AtomicInteger();

    @Inject
    public EnrichmentsInProgress(MeterRegistry registry) {
        registry.gauge(METRIC, count);
    }

    /** Not published anywhere, for processors made without CDI. */
    EnrichmentsInProgress() {
    }

    void started() {
        count.incrementAndGet();
    }

    void finished() {
        count.decrementAndGet();
    }

    /** Enrichments started and not yet finished. */
    public int current() {
        return count.get();
    }
}
