package io.newsmonitor.query.watch;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.time.Clock;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Makes the watchlist store (in {@code ${query.data-dir}/watchlists.json}) and the alert checker. */
@ApplicationScoped
public class WatchBeans {

    /** The watchlists file's name under the data folder. */
    public static final String FILE = "watchlists.json";

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

    @Produces
    @Singleton
    WatchlistAlerts alerts(WatchlistStore store, AlertPublisher publisher) {
        return new WatchlistAlerts(store, publisher, Clock.systemUTC());
    }
}
