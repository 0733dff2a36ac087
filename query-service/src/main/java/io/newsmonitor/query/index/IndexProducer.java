package io.newsmonitor.query.index;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Opens the view's index in {@code ${query.data-dir}/index} at start-up and closes it on shutdown. */
@ApplicationScoped
public class IndexProducer {

    /** The index folder's name under the data folder. */
    public static final String INDEX_FOLDER = "index";

    @Produces
    @Singleton
    LuceneArticleView view(@ConfigProperty(name = "query.data-dir", defaultValue = "data/query") Path dataDir,
            IndexConfig config) {
        LuceneArticleView view = LuceneArticleView.open(dataDir.resolve(INDEX_FOLDER),
                Duration.ofMillis(config.refreshMillis()), Duration.ofMillis(config.liveRefreshMillis()));
        return view;
    }

    void close(@Disposes LuceneArticleView view) {
        view.close();
    }
}
