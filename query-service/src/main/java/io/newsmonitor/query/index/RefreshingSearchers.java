package io.newsmonitor.query.index;

import java.io.Closeable;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.search.ControlledRealTimeReopenThread;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;

/**
 * Near-real-time searchers over one index writer. A background thread reopens the searcher at most
 * one refresh interval after a write, so reads never wait for a refresh; a caller that must see its
 * own writes (the live feed, before it announces an article) waits for them with {@link #awaitWritten()},
 * which asks the thread to reopen at once.
 */
final class RefreshingSearchers implements Closeable {

    /** How a read uses a searcher, which it must not keep. */
    interface SearcherCall<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    private final SearcherManager manager;
    private final ControlledRealTimeReopenThread<IndexSearcher> reopener;
    /** The sequence number of the latest write; a searcher that has reached it shows every write so far. */
    private final AtomicLong latestWrite = new AtomicLong();

    RefreshingSearchers(IndexWriter writer, Duration refreshInterval) throws IOException {
        checkInterval(refreshInterval);
        this.manager = new SearcherManager(writer, null);
        // At most one interval stale when nobody waits; a waiting writer gets a reopen at once.
        this.reopener = new ControlledRealTimeReopenThread<>(writer, manager, refreshInterval.toNanos() / 1e9, 0);
        reopener.setName("query-index-refresh");
        reopener.setDaemon(true);
        reopener.start();
    }

    /** Fails with what to set when the interval is not positive. */
    static void checkInterval(Duration refreshInterval) {
        if (refreshInterval.isNegative() || refreshInterval.isZero()) {
            throw new IllegalArgumentException("The refresh interval of the query index must be positive, was "
                    + refreshInterval.toMillis() + " ms; set query.index.refresh-millis to 1 or more");
        }
    }

    /** Notes a write by its sequence number, as {@link IndexWriter} returns it. */
    void written(long sequenceNumber) {
        latestWrite.accumulateAndGet(sequenceNumber, Math::max);
    }

    /** Blocks until every write noted so far is visible to reads: at most about one reopen. */
    void awaitWritten() {
        try {
            reopener.waitForGeneration(latestWrite.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the query index to show the latest"
                    + " writes", e);
        }
    }

    /** Runs the call on the current searcher, without refreshing it first. */
    <T> T read(SearcherCall<T> call) throws IOException {
        IndexSearcher searcher = manager.acquire();
        try {
            return call.apply(searcher);
        } finally {
            manager.release(searcher);
        }
    }

    @Override
    public void close() throws IOException {
        reopener.close();
        manager.close();
    }
}
