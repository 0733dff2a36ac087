package io.newsmonitor.query.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsmonitor.query.index.SearchWarmUp;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.file.Path;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

/**
 * Warms the search path up at start-up, so that the first search a user makes is as fast as the
 * next: a throwaway index in the data folder is written, searched, counted and its answer written as
 * JSON (see {@link SearchWarmUp}). Not ready until that is done.
 */
@Readiness
@ApplicationScoped
public class WarmUpReadiness implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(WarmUpReadiness.class);

    private final ObjectMapper json;
    private final Path dataDir;
    private volatile long tookMillis = -1;

    public WarmUpReadiness(ObjectMapper json,
            @ConfigProperty(name = "query.data-dir", defaultValue = "data/query") Path dataDir) {
        this.json = json;
        this.dataDir = dataDir;
    }

    void warmUp(@Observes StartupEvent event) {
        long start = System.nanoTime();
        try {
            // The same mapper the REST layer writes answers with, so its serialisers are built now.
            json.writeValueAsString(ArticleResource.answer(SearchWarmUp.QUERY, SearchWarmUp.run(dataDir)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The search warm-up could not write its answer as JSON: " + e.getMessage(), e);
        }
        tookMillis = (System.nanoTime() - start) / 1_000_000;
        LOG.infof("Warmed up the search path (index, refresh, search, facets, highlights, JSON) in %d ms.", tookMillis);
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("query-warm-up")
                .status(tookMillis >= 0)
                .withData("tookMillis", tookMillis)
                .build();
    }
}
