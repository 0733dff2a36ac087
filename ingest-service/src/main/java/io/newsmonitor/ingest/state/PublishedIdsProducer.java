package io.newsmonitor.ingest.state;

import io.newsmonitor.ingest.config.IngestConfig;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.io.IOException;
import org.jboss.logging.Logger;

/** Opens the record of published ids in {@code ingest.state-dir} once, and closes it on shutdown. */
final class PublishedIdsProducer {

    private static final Logger LOG = Logger.getLogger(PublishedIdsProducer.class);

    @Produces
    @Singleton
    PublishedIds publishedIds(IngestConfig config) {
        PublishedIds ids = PublishedIds.open(config.stateDir());
        LOG.infof("Loaded %d published article ids from %s.", ids.size(), ids.file());
        return ids;
    }

    void close(@Disposes PublishedIds ids) {
        try {
            ids.close();
        } catch (IOException e) {
            LOG.warnf(e, "Could not close the record of published articles %s; ids already flushed are kept.", ids.file());
        }
    }
}
