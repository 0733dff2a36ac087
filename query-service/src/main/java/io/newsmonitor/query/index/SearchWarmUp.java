package io.newsmonitor.query.index;

import io.newsmonitor.events.EnrichedArticle;
import io.newsmonitor.events.EventJson;
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
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Runs every step of the search path once on a throwaway index: indexing a document (analysis,
 * codecs, facets, JSON), a near-real-time refresh, a Traditional query with a one-character word
 * (script dictionaries, query parser), facet counts, the map and the graph. The first request after
 * start-up would otherwise pay for loading all of that; the real index is not touched. Then, for a
 * bounded time, the live path: articles read from JSON, upserted with their JSON, and announced once a
 * near-real-time refresh shows them, so that the JIT compiler has compiled that path before the first live
 * article arrives instead of while the first minute of them waits.
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

    /** Sentences the live warm-up's articles are made of, so that they differ as news does. */
    private static final List<String> SENTENCES = List.of("县委书记到平昌县调研铝基新材料产业。",
            "市政府召开重大项目推进现场会，强调六大突破。", "省农业农村厅发布茶叶产业发展报告。",
            "记者从巴中市交通运输局获悉，新建公路年底通车。", "区人民医院开展义诊活动，群众踊跃参加。");

    /**
     * Indexes {@link #article()} into a temporary index under {@code parent}, searches it every way, and
     * deletes the index.
     */
    public static SearchResult run(Path parent) {
        return run(parent, Duration.ZERO, article -> { });
    }

    /**
     * As {@link #run(Path)}, then runs the live path on the same throwaway index for {@code live}: articles
     * made up from a few sentences are written as JSON and read back (as the consumer reads records),
     * upserted with that JSON, and handed to {@code announce} once a refresh shows them, on the view's
     * announcer thread (as the live stream and alerts get them). Returns when every one was announced.
     */
    public static SearchResult run(Path parent, Duration live, Consumer<EnrichedArticle> announce) {
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
            runLive(view, live, announce);
            return found;
        } finally {
            delete(folder);
        }
    }

    private static void runLive(LuceneArticleView view, Duration live, Consumer<EnrichedArticle> announce) {
        long deadline = System.nanoTime() + live.toNanos();
        for (int i = 1; System.nanoTime() < deadline; i++) {
            String json = EventJson.write(liveArticle(i));
            EnrichedArticle article = EventJson.read(json, EnrichedArticle.class);
            view.upsert(article, json);
            view.whenVisible(() -> announce.accept(article));
        }
        CountDownLatch announced = new CountDownLatch(1);
        view.whenVisible(announced::countDown);
        try {
            announced.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the live warm-up's articles were announced", e);
        }
    }

    /** The live warm-up's article number {@code n}: its own id, two of the sentences, enriched now. */
    static EnrichedArticle liveArticle(int n) {
        EnrichedArticle made = article();
        String text = SENTENCES.get(n % SENTENCES.size()) + SENTENCES.get((n / SENTENCES.size()) % SENTENCES.size())
                + "（第" + n + "期）";
        Instant now = Instant.now();
        return new EnrichedArticle(made.schemaVersion(), "%064d".formatted(n), text.substring(0, 12), null,
                made.outlet(), text, text, text, made.keywords(), made.persons(), made.places(), made.organizations(),
                made.script(), made.fileName(), now, now);
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
