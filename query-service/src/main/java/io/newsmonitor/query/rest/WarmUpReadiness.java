package io.newsmonitor.query.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsmonitor.events.EnrichedArticle;
import io.newsmonitor.query.index.SearchWarmUp;
import io.newsmonitor.query.view.ArticleSummary;
import io.newsmonitor.query.watch.Watchlist;
import io.newsmonitor.query.watch.WatchlistMatcher;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

/**
 * Warms the search path up at start-up, so that the first search a user makes is as fast as the
 * next: a throwaway index in the data folder is written, searched, counted and its answer written as
 * JSON (see {@link SearchWarmUp}). Then, for {@code query.warm-up.live-seconds}, the live path on the same
 * throwaway index: each article announced is written as a stream summary with the REST layer's mapper and
 * checked against made-up watchlists. Not ready until that is done.
 */
@Readiness
@ApplicationScoped
public class WarmUpReadiness implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(WarmUpReadiness.class);
    /** Watchlists of each kind of criterion, for the live warm-up's articles to be checked against. */
    private static final List<WatchlistMatcher> MATCHERS = List.of(
            WatchlistMatcher.of(new Watchlist("warm-up-words", "预热", "调研 产业", List.of(), List.of(), List.of(),
                    Instant.EPOCH)),
            WatchlistMatcher.of(new Watchlist("warm-up-entities", "预热", null, List.of("预热人"), List.of("510000"),
                    List.of("预热会"), Instant.EPOCH)));

    private final ObjectMapper json;
    private final Path dataDir;
    private final Duration live;
    private volatile long tookMillis = -1;

    public WarmUpReadiness(ObjectMapper json,
            @ConfigProperty(name = "query.data-dir", defaultValue = "data/query") Path dataDir,
            @ConfigProperty(name = "query.warm-up.live-seconds", defaultValue = "0") int liveSeconds) {
        if (liveSeconds < 0) {
            throw new IllegalArgumentException("query.warm-up.live-seconds must be 0 or more, was " + liveSeconds
                    + "; set QUERY_WARM_UP_LIVE_SECONDS to 0 to skip the live warm-up");
        }
        this.json = json;
        this.dataDir = dataDir;
        this.live = Duration.ofSeconds(liveSeconds);
    }

    void warmUp(@Observes StartupEvent event) {
        long start = System.nanoTime();
        AtomicInteger announced = new AtomicInteger();
        AtomicInteger matched = new AtomicInteger();
        try {
            // The same mapper the REST layer writes answers with, so its serialisers are built now.
            json.writeValueAsString(ArticleResource.answer(SearchWarmUp.QUERY,
                    SearchWarmUp.run(dataDir, live, article -> {
                        announced.incrementAndGet();
                        matched.addAndGet(announce(article));
                    })));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The search warm-up could not write its answer as JSON: " + e.getMessage(), e);
        }
        tookMillis = (System.nanoTime() - start) / 1_000_000;
        LOG.infof("Warmed up the search path (index, refresh, search, facets, highlights, JSON) and the live path"
                + " (%d articles indexed, announced and checked, %d watchlist matches) in %d ms.", announced.get(),
                matched.get(), tookMillis);
    }

    /** What the live stream and the alerts do with a new article: its summary as JSON, the watchlist checks. */
    private int announce(EnrichedArticle article) {
        try {
            json.writeValueAsString(ArticleSummary.of(article));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The live warm-up could not write a summary as JSON: " + e.getMessage(), e);
        }
        String text = WatchlistMatcher.searchableText(article);
        return (int) MATCHERS.stream().filter(m -> m.match(article, text).isPresent()).count();
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("query-warm-up")
                .status(tookMillis >= 0)
                .withData("tookMillis", tookMillis)
                .build();
    }
}
