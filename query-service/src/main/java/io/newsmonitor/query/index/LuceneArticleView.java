package io.newsmonitor.query.index;

import io.newsmonitor.events.EnrichedArticle;
import io.newsmonitor.events.EventJson;
import io.newsmonitor.query.view.ArticlePage;
import io.newsmonitor.query.view.ArticleQuery;
import io.newsmonitor.query.view.ArticleView;
import io.newsmonitor.query.view.EntityGraph;
import io.newsmonitor.query.view.EntityType;
import io.newsmonitor.query.view.PlaceMap;
import io.newsmonitor.query.view.SearchFacets;
import io.newsmonitor.query.view.SearchResult;
import io.newsmonitor.query.view.UpsertOutcome;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.Bits;
import org.jboss.logging.Logger;

/**
 * The view as an embedded Lucene index on local disk, upserted by article id. Reads use a
 * near-real-time searcher that a background thread reopens within the refresh interval after a write
 * (default {@link #DEFAULT_REFRESH}), so a read never waits for a refresh; {@link #awaitVisible()}
 * waits for the writes so far. Writes are committed to disk every {@link #COMMIT_SECONDS} s and on
 * close. One writer (the consumer) and many readers may use it at the same time.
 */
public final class LuceneArticleView implements ArticleView, Closeable {

    /** How stale a read may be after a write when nobody waits for it. */
    public static final Duration DEFAULT_REFRESH = Duration.ofMillis(100);
    // Commits fsync; rarely is enough because every start replays the topic, which re-applies anything lost.
    static final long COMMIT_SECONDS = 30;
    static final double SEGMENTS_PER_TIER = 30;

    private static final Logger LOG = Logger.getLogger(LuceneArticleView.class);
    private static final Sort NEWEST_FIRST = new Sort(
            new SortField(ArticleFields.ENRICHED_SORT, SortField.Type.LONG, true),
            new SortField(ArticleFields.RECEIVED_SORT, SortField.Type.LONG, true),
            new SortField(ArticleFields.ID, SortField.Type.STRING));

    private final IndexFolder folder;
    private final IndexWriter writer;
    private final RefreshingSearchers searchers;
    private final ArticleDocuments documents = new ArticleDocuments();
    private final LuceneQueries queries = new LuceneQueries();
    private final FacetReader facets = new FacetReader(documents.facetsConfig());
    /** Id -> fingerprint of the stored JSON: tells new ids from known ones, and skips unchanged re-deliveries. */
    private final Map<String, Integer> fingerprints = new ConcurrentHashMap<>();
    private final ScheduledExecutorService maintenance;

    private LuceneArticleView(IndexFolder folder, Duration refresh, Duration liveRefresh) throws IOException {
        this.folder = folder;
        IndexWriterConfig config = new IndexWriterConfig(ArticleAnalyzers.indexing())
                .setOpenMode(folder.freshStart() ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.APPEND)
                .setRAMBufferSizeMB(64)
                .setMergePolicy(mergePolicy())
                // Live writes flush a small segment per refresh; packing each into a compound file is copying
                // its bytes once more for nothing: the index holds few segments at any time.
                .setUseCompoundFile(false);
        this.writer = new IndexWriter(folder.directory(), config);
        writer.setLiveCommitData(IndexFolder.commitData().entrySet());
        this.searchers = new RefreshingSearchers(writer, refresh, liveRefresh);
        loadFingerprints();
        this.maintenance = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "query-index-commit");
            thread.setDaemon(true);
            return thread;
        });
        maintenance.scheduleWithFixedDelay(this::commitQuietly, COMMIT_SECONDS, COMMIT_SECONDS, TimeUnit.SECONDS);
    }

    /**
     * Live writes flush a segment of a few articles on every refresh, and merging them again and again
     * cost more CPU than indexing them. Waiting for more segments of a size before merging them rewrites
     * each article fewer times; searches over a few dozen segments stay fast.
     */
    private static TieredMergePolicy mergePolicy() {
        TieredMergePolicy policy = new TieredMergePolicy();
        policy.setSegmentsPerTier(SEGMENTS_PER_TIER);
        policy.setNoCFSRatio(0.0);
        return policy;
    }

    /** Opens the index as {@link #open(Path, Duration)} does, refreshing reads within {@link #DEFAULT_REFRESH}. */
    public static LuceneArticleView open(Path indexFolder) {
        return open(indexFolder, DEFAULT_REFRESH);
    }

    /**
     * Opens the index in this folder, or creates it when the folder is missing, empty or holds an index of
     * another schema version; {@link #needsRebuild()} then tells the caller to replay the topic.
     *
     * @param refresh how stale reads may be after a write when nobody waits for it
     */
    public static LuceneArticleView open(Path indexFolder, Duration refresh) {
        return open(indexFolder, refresh, RefreshingSearchers.DEFAULT_LIVE_GAP);
    }

    /**
     * Opens the index as {@link #open(Path, Duration)} does.
     *
     * @param refresh how stale reads may be after a write when nobody waits for it
     * @param liveRefresh shortest time between two refreshes while someone waits for a write (the live
     *     stream's announcements): longer means fewer, larger segments and less CPU, shorter means sooner
     */
    public static LuceneArticleView open(Path indexFolder, Duration refresh, Duration liveRefresh) {
        RefreshingSearchers.checkInterval(refresh);
        RefreshingSearchers.checkLiveGap(liveRefresh);
        try {
            return new LuceneArticleView(IndexFolder.open(indexFolder), refresh, liveRefresh);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the query index in " + indexFolder.toAbsolutePath()
                    + ": " + e.getMessage() + ". Delete the folder to rebuild it from the topic.", e);
        }
    }

    /** Whether the index started empty (missing or outdated) and must be rebuilt from the topic. */
    public boolean needsRebuild() {
        return folder.freshStart();
    }

    /**
     * {@inheritDoc} The JSON is stored as given and read back with {@link EventJson#read}: it must be the
     * article it was parsed into (the consumer's record value is), never another one.
     */
    @Override
    public synchronized UpsertOutcome upsert(EnrichedArticle article, String json) {
        Integer previous = fingerprints.put(article.id(), json.hashCode());
        if (previous != null && previous == json.hashCode()) {
            return UpsertOutcome.REPLACED; // the same event again, as on every replay: nothing to write
        }
        try {
            // A new id needs no delete of an older version: skipping it spares each refresh a term lookup.
            searchers.written(previous == null ? writer.addDocument(documents.of(article, json))
                    : writer.updateDocument(new Term(ArticleFields.ID, article.id()), documents.of(article, json)));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot index article " + article.id() + ": " + e.getMessage(), e);
        }
        return previous == null ? UpsertOutcome.ADDED : UpsertOutcome.REPLACED;
    }

    @Override
    public synchronized boolean remove(String id) {
        if (fingerprints.remove(id) == null) {
            return false;
        }
        try {
            searchers.written(writer.deleteDocuments(new Term(ArticleFields.ID, id)));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remove article " + id + " from the index: " + e.getMessage(), e);
        }
        return true;
    }

    /** Empties the view and waits until reads see it empty; for tests. */
    public void clear() {
        synchronized (this) {
            try {
                searchers.written(writer.deleteAll());
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot empty the index: " + e.getMessage(), e);
            }
            fingerprints.clear();
        }
        awaitVisible();
    }

    @Override
    public void awaitVisible() {
        searchers.awaitWritten();
    }

    @Override
    public void whenVisible(Runnable action) {
        searchers.whenWritten(action);
    }

    @Override
    public void afterEachVisibleGroup(Runnable listener) {
        searchers.afterEachGroup(listener);
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
                    : new SearchFacets(List.of(), List.of(), List.of(), List.of(), List.of()));
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
        return read(searcher -> searcher.getIndexReader().numDocs());
    }

    @Override
    public PlaceMap.Counted placeMap() {
        return read(searcher -> new PlaceMapReader(searcher.getIndexReader()).placeMap());
    }

    @Override
    public EntityGraph.Graph graph(Set<EntityType> types, int limit) {
        return read(searcher -> new EntityGraphReader(searcher.getIndexReader()).graph(types, limit));
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

    private <T> T read(RefreshingSearchers.SearcherCall<T> call) {
        try {
            return searchers.read(call);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the query index in " + folder.path() + ": " + e.getMessage(), e);
        }
    }

    private static EnrichedArticle article(StoredFields stored, int doc) throws IOException {
        return EventJson.read(stored.document(doc, Set.of(ArticleFields.JSON)).get(ArticleFields.JSON),
                EnrichedArticle.class);
    }

    private void loadFingerprints() throws IOException {
        searchers.read(searcher -> {
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
            return null;
        });
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
