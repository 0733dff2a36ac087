package io.newsmonitor.query.watch;

import io.newsmonitor.events.Topics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Makes the watchlist store (in {@code ${query.data-dir}/watchlists.json}) and the alert checker. */
@ApplicationScoped
public class WatchBeans {

    /** The watchlists file's name under the data folder. */
    public static final String FILE = "watchlists.json";
    /** How long the start may wait to read back the alerts sent since the file was written. */
    static final Duration READ_BACK_TIMEOUT = Duration.ofSeconds(60);

    @Produces
    @Singleton
    WatchlistStore store(@ConfigProperty(name = "query.data-dir", defaultValue = "data/query") Path dataDir) {
        return new WatchlistStore(dataDir.resolve(FILE));
    }

    @Produces
    @Singleton
    WatchlistLimits limits(@ConfigProperty(name = "query.watchlists.max", defaultValue = "200") int maxWatchlists) {
        return new WatchlistLimits(maxWatchlists);
    }

    /** The alert checker, once it has read back the alerts a crash may have left out of the file. */
    @Produces
    @Singleton
    WatchlistAlerts alerts(WatchlistStore store, AlertPublisher publisher, Config config) {
        WatchlistAlerts alerts = new WatchlistAlerts(store, publisher, Clock.systemUTC());
        String prefix = "mp.messaging.outgoing." + AlertPublisher.CHANNEL + ".";
        // Alerts that go to a Kafka topic are read back from it; the tests' in-memory channel keeps nothing.
        if ("smallrye-kafka".equals(config.getOptionalValue(prefix + "connector", String.class).orElse(""))) {
            alerts.recoverSent(new AlertTopicReader(
                    config.getOptionalValue(prefix + "topic", String.class).orElse(Topics.ALERTS),
                    config.getOptionalValue("kafka.bootstrap.servers", String.class).orElse("localhost:9092"),
                    READ_BACK_TIMEOUT));
        }
        return alerts;
    }
}
