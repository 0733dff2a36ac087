package io.newsmonitor.nlp.dedup;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The fingerprints of the most recent articles, to find an earlier article that is nearly the same text.
 * Bounded: beyond {@code capacity} articles the oldest is forgotten. In memory, so each service instance
 * only knows the articles it enriched since it started. Re-enriching an id replaces its fingerprint and
 * never matches itself.
 *
 * <p>Thread-safe; a linear scan of 50,000 fingerprints takes well under a millisecond.
 */
public final class NearDuplicateIndex {

    private final int capacity;
    private final Map<String, Long> fingerprints;

    public NearDuplicateIndex(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("The capacity must be at least 1, was " + capacity);
        }
        this.capacity = capacity;
        this.fingerprints = new LinkedHashMap<>(16, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
                return size() > NearDuplicateIndex.this.capacity;
            }
        };
    }

    /**
     * The id of the closest other article within {@code maxDistance} bits (the earliest on a tie), if any.
     *
     * @param id the article being checked, never returned
     */
    public synchronized Optional<String> findWithin(String id, long fingerprint, int maxDistance) {
        String best = null;
        int bestDistance = maxDistance + 1;
        for (Map.Entry<String, Long> entry : fingerprints.entrySet()) {
            int distance = SimHash.distance(fingerprint, entry.getValue());
            if (distance < bestDistance && !entry.getKey().equals(id)) {
                best = entry.getKey();
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Remembers the article's fingerprint, forgetting the oldest one when full. */
    public synchronized void add(String id, long fingerprint) {
        fingerprints.remove(id);
        fingerprints.put(id, fingerprint);
    }

    /** {@link #findWithin} then {@link #add}, atomically, so two copies arriving together still link. */
    public synchronized Optional<String> findAndAdd(String id, long fingerprint, int maxDistance) {
        Optional<String> earlier = findWithin(id, fingerprint, maxDistance);
        add(id, fingerprint);
        return earlier;
    }

    public synchronized int size() {
        return fingerprints.size();
    }
}
