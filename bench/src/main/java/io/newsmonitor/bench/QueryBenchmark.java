package io.newsmonitor.bench;

import io.newsmonitor.events.EnrichedArticle;
import io.newsmonitor.query.index.LuceneArticleView;
import io.newsmonitor.query.search.Highlighter;
import io.newsmonitor.query.view.ArticleQuery;
import io.newsmonitor.query.view.SearchResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Query latency over a large index: builds a Lucene view of N synthesised articles (default 100,000)
 * in a temporary folder, reports the indexing (rebuild) rate, then p50/p99 of full-text searches (with
 * facets and highlights, as {@code GET /api/articles?q=} answers them) and of facet-only calls (filters
 * without words, whose facets count large matching sets).
 *
 * <p>Usage: {@code QueryBenchmark [articles] [queries]}, from the repository root (reads {@code seeds/}).
 */
public final class QueryBenchmark {

    private static final Highlighter HIGHLIGHTER = new Highlighter(30, 3);

    private QueryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int articles = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int queries = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
        QueryCorpus corpus = QueryCorpus.fromSeeds(Path.of("seeds"), 42);
        Path folder = Files.createTempDirectory("query-bench-");
        try (LuceneArticleView view = LuceneArticleView.open(folder.resolve("index"))) {
            long start = System.nanoTime();
            for (int i = 0; i < articles; i++) {
                view.upsert(corpus.article(i));
            }
            view.commit();
            view.awaitVisible();
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("indexed %d articles in %.1f s: %.0f articles/s (synthesis, JSON, analysis, commit)%n",
                    view.count(), seconds, view.count() / seconds);

            IntFunction<ArticleQuery> search = i -> new ArticleQuery(i % 4 == 0 ? corpus.person() : corpus.word(),
                    null, null, null, null, null, null, null, 20, 0);
            IntFunction<ArticleQuery> facets = i -> switch (i % 4) {
                case 0 -> new ArticleQuery(null, null, List.of(corpus.countyCode().substring(0, 2) + "0000"), null,
                        null, null, null, null, 20, 0);
                case 1 -> new ArticleQuery(null, null, null, null, List.of(corpus.industry()), null, null, null, 20, 0);
                case 2 -> new ArticleQuery(null, null, null, null, null, null, Instant.parse("2024-06-01T00:00:00Z"),
                        Instant.parse("2024-09-01T00:00:00Z"), 20, 0);
                default -> ArticleQuery.everything(20, 0);
            };
            measure("warm-up", view, search, queries / 2);
            measure("search (q, facets, highlights)", view, search, queries);
            measure("facets (filters only)", view, facets, queries);
        } finally {
            try (var files = Files.walk(folder)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void measure(String label, LuceneArticleView view, IntFunction<ArticleQuery> queries, int count) {
        long[] micros = new long[count];
        long matched = 0;
        for (int i = 0; i < count; i++) {
            ArticleQuery query = queries.apply(i);
            long start = System.nanoTime();
            SearchResult result = view.search(query);
            for (EnrichedArticle item : result.items()) {
                HIGHLIGHTER.highlight(query.q(), item.text());
            }
            micros[i] = (System.nanoTime() - start) / 1_000;
            matched += result.total();
        }
        System.out.printf("%s: %d calls, mean %d matches, %s%n", label, count, matched / count,
                Percentiles.of(micros).describe("µs"));
    }
}
