package io.newsmonitor.query.index;

import io.newsmonitor.events.EnrichedArticle;
import io.newsmonitor.events.OrganizationMention;
import io.newsmonitor.events.PersonMention;
import io.newsmonitor.events.PlaceMention;
import io.newsmonitor.query.view.ArticleQuery;
import io.newsmonitor.query.view.EntityType;
import io.newsmonitor.query.view.SearchResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;

/**
 * Runs every step of the search path once on a throwaway index: indexing a document (analysis,
 * codecs, facets, JSON), a near-real-time refresh, a Traditional query with a one-character word
 * (script dictionaries, query parser), facet counts, the map and the graph. The first request after
 * start-up would otherwise pay for loading all of that; the real index is not touched.
 */
public final class SearchWarmUp {

    /** The query the warm-up searches: Traditional script, a bigram word and a one-character word. */
    public static final String QUERY = "預熱 縣";

    private SearchWarmUp() {
    }

    /** A made-up article that names a person, a resolved place and an organisation. */
    public static EnrichedArticle article() {
        String text = "预热文章：县里的预热会议在平昌县举行。";
        Instant at = Instant.parse("2026-01-01T00:00:00Z");
        return new EnrichedArticle(EnrichedArticle.SCHEMA_VERSION, "0".repeat(64), "预热", null, "预热日报", text, text,
                text, List.of("预热"), List.of(new PersonMention("预热人", 1)),
                List.of(new PlaceMention("平昌县", 1, "511923", "county", 31.56, 107.10, List.of("四川省", "巴中市"),
                        "平昌县")),
                List.of(new OrganizationMention("预热会", 1)), "simplified", "warm-up.txt", at, at);
    }

    /**
     * Indexes {@link #article()} into a temporary index under {@code parent}, searches it every way, and
     * deletes the index.
     */
    public static SearchResult run(Path parent) {
        Path folder;
        try {
            Files.createDirectories(parent);
            folder = Files.createTempDirectory(parent, "warm-up-");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a temporary folder for the search warm-up in " + parent
                    + ": " + e.getMessage() + ". Make the data folder writable.", e);
        }
        try (LuceneArticleView view = LuceneArticleView.open(folder.resolve("index"))) {
            view.upsert(article());
            view.awaitVisible();
            SearchResult found = view.search(new ArticleQuery(QUERY, null, null, null, null, null, null, null, 20, 0));
            view.findById(article().id());
            view.placeMap();
            view.graph(EnumSet.of(EntityType.PERSON, EntityType.PLACE, EntityType.ORGANIZATION), 50);
            return found;
        } finally {
            delete(folder);
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete the search warm-up's temporary index in " + folder
                    + ": " + e.getMessage() + ". It can be deleted by hand.", e);
        }
    }
}
