package io.newsmonitor.query.index;

import java.io.Closeable;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.search.ControlledRealTimeReopenThread;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.jboss.logging.Logger;

/**
 * Near-real-time searchers over one index writer. A background thread reopens the searcher at most
 * one refresh interval after a write, so reads never wait for a refresh. A caller that must see its
 * own writes either blocks with {@link #awaitWritten()}, or hands an action to {@link #whenWritten}: an
 * announcer thread runs it once the writes made before it are visible, so the writer goes on at once and
 * the articles written meanwhile share one reopen (at most one per live refresh gap while anyone waits,
 * by default {@link #DEFAULT_LIVE_GAP}) instead of one each.
 */
final class RefreshingSearchers implements Closeable {

    /** How a read uses a searcher, which it must not keep. */
    interface SearcherCall<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    /**
     * Shortest time between two reopens that someone waits for: bounds the reopen rate under load. Each
     * reopen flushes a segment that merges rewrite later, so this trades CPU for the live stream's latency.
     */
    static final Duration DEFAULT_LIVE_GAP = Duration.ofMillis(100);

    private static final Logger LOG = Logger.getLogger(RefreshingSearchers.class);

    /** An action to run once the write with this sequence number is visible. */
    private record Pending(long sequenceNumber, Runnable action) {
    }

    private final SearcherManager manager;
    private final BlockingQueue<Pending> pending = new LinkedBlockingQueue<>();
    private final List<Runnable> groupListeners = new CopyOnWriteArrayList<>();
    private final Thread announcer;
    private volatile boolean closed;
    private final ControlledRealTimeReopenThread<IndexSearcher> reopener;
    /** The sequence number of the latest write; a searcher that has reached it shows every write so far. */
    private final AtomicLong latestWrite = new AtomicLong();

    RefreshingSearchers(IndexWriter writer, Duration refreshInterval, Duration liveGap) throws IOException {
        checkInterval(refreshInterval);
        checkLiveGap(liveGap);
        this.manager = new SearcherManager(writer, null);
        // At most one interval stale when nobody waits; a waiting writer gets a reopen at once.
        this.reopener = new ControlledRealTimeReopenThread<>(writer, manager, refreshInterval.toNanos() / 1e9,
                Math.min(liveGap.toNanos(), refreshInterval.toNanos()) / 1e9);
        reopener.setName("query-index-refresh");
        reopener.setDaemon(true);
        reopener.start();
        this.announcer = new Thread(this::announce, "query-index-announcer");
        announcer.setDaemon(true);
        announcer.start();
    }

    /** Fails with what to set when the interval is not positive. */
    static void checkInterval(Duration refreshInterval) {
        if (refreshInterval.isNegative() || refreshInterval.isZero()) {
            throw new IllegalArgumentException("The refresh interval of the query index must be positive, was "
                    + refreshInterval.toMillis() + " ms; set query.index.refresh-millis to 1 or more");
        }
    }

    /** Fails with what to set when the gap is not positive. */
    static void checkLiveGap(Duration liveGap) {
        if (liveGap.isNegative() || liveGap.isZero()) {
            throw new IllegalArgumentException("The live refresh gap of the query index must be positive, was "
                    + liveGap.toMillis() + " ms; set query.index.live-refresh-millis to 1 or more");
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

    /**
     * Runs {@code action} on the announcer thread once every write noted so far is visible to reads;
     * actions run one at a time, in the order they were handed over. An action that fails is logged.
     */
    void whenWritten(Runnable action) {
        pending.add(new Pending(latestWrite.get(), action));
    }

    /**
     * Runs {@code listener} on the announcer thread after each group of actions that one reopen made
     * visible together, for work worth doing once per group rather than once per action (saving a file).
     */
    void afterEachGroup(Runnable listener) {
        groupListeners.add(listener);
    }

    private void announce() {
        while (!closed) {
            try {
                Pending next = pending.take();
                reopener.waitForGeneration(next.sequenceNumber());
                run(next);
                // The same reopen may show later writes too: run their actions now, in the same group.
                for (Pending more = pending.peek(); more != null && reopener.waitForGeneration(more.sequenceNumber(), 0);
                        more = pending.peek()) {
                    run(pending.remove());
                }
                groupListeners.forEach(RefreshingSearchers::run);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private static void run(Pending pending) {
        run(pending.action());
    }

    private static void run(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            LOG.errorf(e, "An action waiting for the query index to show a write failed: %s", e.getMessage());
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
        closed = true;
        announcer.interrupt();
        reopener.close();
        manager.close();
    }
}
