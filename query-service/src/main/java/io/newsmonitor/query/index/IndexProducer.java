package io.newsmonitor.query.index;

import io.newsmonitor.query.view.ArticleQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Opens the view's index in {@code ${query.data-dir}/index} at start-up and closes it on shutdown. */
@ApplicationScoped
public class IndexProducer {

    /** The index folder's name under the data folder. */
    public static final String INDEX_FOLDER = "index";

    @Produces
    @Singleton
    LuceneArticleView view(@ConfigProperty(name = "query.data-dir", defaultValue = "data/query") Path dataDir) {
        LuceneArticleView view = LuceneArticleView.open(dataDir.resolve(INDEX_FOLDER));
        // Load the search path (analysis, facets, script dictionaries) now rather than on the first request.
        view.search(new ArticleQuery(SimplifiedScript.of("預熱"), null, null, null, null, null, null, null, 1, 0));
        return view;
    }

    void close(@Disposes LuceneArticleView view) {
        view.close();
    }
}
