package io.newsmonitor.query.index;

import io.newsmonitor.events.EnrichedArticle;
import io.newsmonitor.events.EventJson;
import io.newsmonitor.query.view.ArticlePage;
import io.newsmonitor.query.view.ArticleQuery;
import io.newsmonitor.query.view.ArticleView;
import io.newsmonitor.query.view.SearchResult;
import io.newsmonitor.query.view.UpsertOutcome;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.jboss.logging.Logger;

/**
 * The view as an embedded Lucene index on local disk, upserted by article id. Writes become visible
 * to readers at once when a reader asks (read-your-writes), and otherwise within
 * {@link #REFRESH_MILLIS} ms; they are committed to disk every {@link #COMMIT_SECONDS} s and on close.
 * One writer (the consumer) and many readers may use it at the same time.
 */
public final class LuceneArticleView implements ArticleView, Closeable {

    static final long REFRESH_MILLIS = 50;
    // Commits fsync; rarely is enough because every start replays the topic, which re-applies anything lost.
    static final long COMMIT_SECONDS = 30;

    private static final Logger LOG = Logger.getLogger(LuceneArticleView.class);
    private static final Sort NEWEST_FIRST = new Sort(
            new SortField(ArticleFields.ENRICHED_SORT, SortField.Type.LONG, true),
            new SortField(ArticleFields.RECEIVED_SORT, SortField.Type.LONG, true),
            new SortField(ArticleFields.ID, SortField.Type.STRING));

    private final IndexFolder folder;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final ArticleDocuments documents = new ArticleDocuments();
    private final LuceneQueries queries;
    private final FacetReader facets = new FacetReader(documents.facetsConfig());
    /** Id -> fingerprint of the stored JSON: tells new ids from known ones, and skips unchanged re-deliveries. */
    private final Map<String, Integer> fingerprints = new ConcurrentHashMap<>();
    private final ScheduledExecutorService maintenance;
    /** Counts writes; readers refresh when the last refresh began before the latest write. */
    private final AtomicLong written = new AtomicLong();
    private final AtomicLong refreshed = new AtomicLong();

    private LuceneArticleView(IndexFolder folder) throws IOException {
        this.folder = folder;
        CJKAnalyzer analyzer = new CJKAnalyzer();
        this.queries = new LuceneQueries(analyzer);
        IndexWriterConfig config = new IndexWriterConfig(analyzer)
                .setOpenMode(folder.freshStart() ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.APPEND)
                .setRAMBufferSizeMB(64);
        this.writer = new IndexWriter(folder.directory(), config);
        writer.setLiveCommitData(IndexFolder.commitData().entrySet());
        this.searchers = new SearcherManager(writer, null);
        loadFingerprints();
        this.maintenance = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "query-index-maintenance");
            thread.setDaemon(true);
            return thread;
        });
        maintenance.scheduleWithFixedDelay(this::refreshQuietly, REFRESH_MILLIS, REFRESH_MILLIS, TimeUnit.MILLISECONDS);
        maintenance.scheduleWithFixedDelay(this::commitQuietly, COMMIT_SECONDS, COMMIT_SECONDS, TimeUnit.SECONDS);
    }

    /**
     * Opens the index in this folder, or creates it when the folder is missing, empty or holds an index of
     * another schema version; {@link #needsRebuild()} then tells the caller to replay the topic.
     */
    public static LuceneArticleView open(Path indexFolder) {
        try {
            return new LuceneArticleView(IndexFolder.open(indexFolder));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the query index in " + indexFolder.toAbsolutePath()
                    + ": " + e.getMessage() + ". Delete the folder to rebuild it from the topic.", e);
        }
    }

    /** Whether the index started empty (missing or outdated) and must be rebuilt from the topic. */
    public boolean needsRebuild() {
        return folder.freshStart();
    }

    @Override
    public synchronized UpsertOutcome upsert(EnrichedArticle article) {
        String json = EventJson.write(article);
        Integer previous = fingerprints.put(article.id(), json.hashCode());
        if (previous != null && previous == json.hashCode()) {
            return UpsertOutcome.REPLACED; // the same event again, as on every replay: nothing to write
        }
        try {
            writer.updateDocument(new Term(ArticleFields.ID, article.id()), documents.of(article, json));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot index article " + article.id() + ": " + e.getMessage(), e);
        }
        written.incrementAndGet();
        return previous == null ? UpsertOutcome.ADDED : UpsertOutcome.REPLACED;
    }

    @Override
    public synchronized boolean remove(String id) {
        if (fingerprints.remove(id) == null) {
            return false;
        }
        try {
            writer.deleteDocuments(new Term(ArticleFields.ID, id));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remove article " + id + " from the index: " + e.getMessage(), e);
        }
        written.incrementAndGet();
        return true;
    }

    /** Empties the view; for tests. */
    public synchronized void clear() {
        try {
            writer.deleteAll();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot empty the index: " + e.getMessage(), e);
        }
        fingerprints.clear();
        written.incrementAndGet();
    }

    @Override
    public Optional<EnrichedArticle> findById(String id) {
        return read(searcher -> {
            TopDocs top = searcher.search(new TermQuery(new Term(ArticleFields.ID, id)), 1);
            if (top.scoreDocs.length == 0) {
                return Optional.empty();
            }
            return Optional.of(article(searcher.storedFields(), top.scoreDocs[0].doc));
        });
    }

    @Override
    public ArticlePage page(int limit, int offset) {
        SearchResult result = search(ArticleQuery.everything(limit, offset), false);
        return new ArticlePage(result.total(), result.items());
    }

    @Override
    public SearchResult search(ArticleQuery query) {
        return search(query, true);
    }

    private SearchResult search(ArticleQuery asked, boolean withFacets) {
        Query query = queries.of(asked);
        return read(searcher -> {
            FacetsCollector collected = new FacetsCollector();
            int wanted = (int) Math.min(Integer.MAX_VALUE, (long) asked.offset() + asked.limit());
            TopDocs top = FacetsCollector.search(searcher, query, wanted, NEWEST_FIRST, collected);
            int total = collected.getMatchingDocs().stream().mapToInt(m -> m.totalHits).sum();
            List<EnrichedArticle> items = new ArrayList<>();
            StoredFields stored = searcher.storedFields();
            for (int i = asked.offset(); i < top.scoreDocs.length; i++) {
                items.add(article(stored, top.scoreDocs[i].doc));
            }
            return new SearchResult(total, items, withFacets
                    ? facets.count(searcher.getIndexReader(), collected)
                    : new io.newsmonitor.query.view.SearchFacets(List.of(), List.of(), List.of(), List.of(), List.of()));
        });
    }

    @Override
    public List<EnrichedArticle> matching(ArticleQuery filter) {
        Query query = queries.of(filter);
        return read(searcher -> {
            int max = Math.max(1, searcher.getIndexReader().maxDoc());
            TopDocs top = searcher.search(query, max, NEWEST_FIRST);
            StoredFields stored = searcher.storedFields();
            List<EnrichedArticle> articles = new ArrayList<>(top.scoreDocs.length);
            for (ScoreDoc hit : top.scoreDocs) {
                articles.add(article(stored, hit.doc));
            }
            return articles;
        });
    }

    @Override
    public List<EnrichedArticle> all() {
        return matching(ArticleQuery.everything(1, 0));
    }

    @Override
    public int count() {
        return fingerprints.size();
    }

    /** Commits what was written so far, with the schema version, so that a restart finds it. */
    public void commit() {
        try {
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot commit the query index in " + folder.path() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        maintenance.shutdown();
        try {
            maintenance.awaitTermination(5, TimeUnit.SECONDS);
            searchers.close();
            writer.close(); // commits
            folder.directory().close();
            LOG.infof("Closed the query index in %s with %d articles.", folder.path(), fingerprints.size());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot close the query index in " + folder.path() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private interface SearcherCall<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    private <T> T read(SearcherCall<T> call) {
        try {
            refreshIfBehind();
            IndexSearcher searcher = searchers.acquire();
            try {
                return call.apply(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the query index in " + folder.path() + ": " + e.getMessage(), e);
        }
    }

    private static EnrichedArticle article(StoredFields stored, int doc) throws IOException {
        return EventJson.read(stored.document(doc, Set.of(ArticleFields.JSON)).get(ArticleFields.JSON),
                EnrichedArticle.class);
    }

    private void loadFingerprints() throws IOException {
        searchers.maybeRefreshBlocking();
        IndexSearcher searcher = searchers.acquire();
        try {
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                StoredFields stored = leaf.reader().storedFields();
                Bits live = leaf.reader().getLiveDocs();
                for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                    if (live == null || live.get(doc)) {
                        var fields = stored.document(doc, Set.of(ArticleFields.ID, ArticleFields.FINGERPRINT));
                        fingerprints.put(fields.get(ArticleFields.ID),
                                fields.getField(ArticleFields.FINGERPRINT).numericValue().intValue());
                    }
                }
            }
        } finally {
            searchers.release(searcher);
        }
    }

    private void refreshIfBehind() throws IOException {
        long wanted = written.get();
        if (refreshed.get() < wanted) {
            searchers.maybeRefreshBlocking();
            refreshed.accumulateAndGet(wanted, Math::max);
        }
    }

    private void refreshQuietly() {
        try {
            refreshIfBehind();
        } catch (IOException | RuntimeException e) {
            LOG.warnf(e, "Cannot refresh the query index in %s; retrying in %d ms.", folder.path(), REFRESH_MILLIS);
        }
    }

    private void commitQuietly() {
        try {
            if (writer.hasUncommittedChanges()) {
                writer.commit();
            }
        } catch (IOException | RuntimeException e) {
            LOG.warnf(e, "Cannot commit the query index in %s; retrying in %d s.", folder.path(), COMMIT_SECONDS);
        }
    }
}
