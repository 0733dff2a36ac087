package io.newsmonitor.query.view;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Publishes the size of the view as {@code newsmonitor_query_view_articles} on /q/metrics. */
@ApplicationScoped
public class ViewMetrics {

    void register(@Observes StartupEvent event, MeterRegistry registry, ArticleView view) {
        Gauge.builder("newsmonitor.query.view.articles", view, ArticleView::count)
                .description("Articles held by the query view")
                .strongReference(true)
                .register(registry);
    }
}
