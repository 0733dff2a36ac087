package io.newsmonitor.query.view;

import io.newsmonitor.events.EnrichedArticle;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The view held in memory: lost on restart, rebuilt by replaying the compacted topic from the
 * beginning. A map by id for look-ups plus a sorted set for pages, both guarded by one read-write
 * lock so that readers never see an article in one and not the other.
 */
@Singleton
public final class InMemoryArticleView implements ArticleView {

    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final Map<String, EnrichedArticle> byId = new HashMap<>();
    private final NavigableSet<EnrichedArticle> newestFirst = new TreeSet<>(ArticleOrder.NEWEST_FIRST);

    @Override
    public UpsertOutcome upsert(EnrichedArticle article) {
        Objects.requireNonNull(article, "article");
        lock.writeLock().lock();
        try {
            EnrichedArticle previous = byId.put(article.id(), article);
            if (previous != null) {
                newestFirst.remove(previous);
            }
            newestFirst.add(article);
            return previous == null ? UpsertOutcome.ADDED : UpsertOutcome.REPLACED;
        } finally {
            lock.writeLock().unlock();
        }
    }

    @Override
    public boolean remove(String id) {
        lock.writeLock().lock();
        try {
            EnrichedArticle previous = byId.remove(id);
            if (previous != null) {
                newestFirst.remove(previous);
            }
            return previous != null;
        } finally {
            lock.writeLock().unlock();
        }
    }

    @Override
    public Optional<EnrichedArticle> findById(String id) {
        lock.readLock().lock();
        try {
            return Optional.ofNullable(byId.get(id));
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public ArticlePage page(int limit, int offset) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, was " + limit);
        }
        if (offset < 0) {
            throw new IllegalArgumentException("offset must be at least 0, was " + offset);
        }
        lock.readLock().lock();
        try {
            List<EnrichedArticle> items = new ArrayList<>(Math.min(limit, Math.max(0, byId.size() - offset)));
            Iterator<EnrichedArticle> it = newestFirst.iterator();
            for (int skipped = 0; skipped < offset && it.hasNext(); skipped++) {
                it.next();
            }
            while (items.size() < limit && it.hasNext()) {
                items.add(it.next());
            }
            return new ArticlePage(byId.size(), items);
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public List<EnrichedArticle> all() {
        lock.readLock().lock();
        try {
            return List.copyOf(newestFirst);
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public int count() {
        lock.readLock().lock();
        try {
            return byId.size();
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Empties the view; for tests and for a future "rebuild" operation. */
    public void clear() {
        lock.writeLock().lock();
        try {
            byId.clear();
            newestFirst.clear();
        } finally {
            lock.writeLock().unlock();
        }
    }
}
