package io.newsmonitor.ingest.status;

import io.newsmonitor.ingest.config.IngestConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** {@code /q/health/ready}: DOWN while the broker does not acknowledge what ingest publishes. */
@Readiness
@ApplicationScoped
public class PublishingReadiness implements HealthCheck {

    /** The name of the check in the health answer. */
    public static final String NAME = "ingest-publishing";

    private final IngestStatus status;
    private final IngestConfig config;

    PublishingReadiness(IngestStatus status, IngestConfig config) {
        this.status = status;
        this.config = config;
    }

    @Override
    public HealthCheckResponse call() {
        return status.notReadyReason(Instant.now(), config.readinessMaxWait())
                .map(reason -> HealthCheckResponse.named(NAME).down().withData("reason", reason).build())
                .orElseGet(() -> HealthCheckResponse.named(NAME).up().build());
    }
}
