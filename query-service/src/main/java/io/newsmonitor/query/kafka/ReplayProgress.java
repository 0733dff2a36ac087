package io.newsmonitor.query.kafka;

import java.util.HashMap;
import java.util.Map;

/**
 * How far the replay of the enriched topic has come against the end offsets seen at start: caught up
 * once every partition's last record at start has been consumed. Thread-safe.
 */
public final class ReplayProgress {

    private final Map<Integer, Long> lastOffsetAtStart = new HashMap<>();
    private final Map<Integer, Long> consumedUpTo = new HashMap<>();
    private long records;
    private long consumed;
    private boolean known;

    /**
     * Sets the target: per partition, the beginning and end offsets at start.
     *
     * @param beginning first offset per partition
     * @param end offset after the last record per partition
     */
    public synchronized void target(Map<Integer, Long> beginning, Map<Integer, Long> end) {
        records = 0;
        for (Map.Entry<Integer, Long> partition : end.entrySet()) {
            long first = beginning.getOrDefault(partition.getKey(), 0L);
            if (partition.getValue() > first) {
                lastOffsetAtStart.put(partition.getKey(), partition.getValue() - 1);
                records += partition.getValue() - first;
            }
        }
        known = true;
    }

    /** Marks the target as unknown-but-done, when the end offsets cannot be read or there is no broker. */
    public synchronized void noTarget() {
        known = true;
    }

    /** Records that a record at this partition and offset was consumed. */
    public synchronized void consumed(int partition, long offset) {
        consumed++;
        consumedUpTo.merge(partition, offset, Math::max);
    }

    public synchronized boolean caughtUp() {
        if (!known) {
            return false;
        }
        return lastOffsetAtStart.entrySet().stream()
                .allMatch(p -> consumedUpTo.getOrDefault(p.getKey(), -1L) >= p.getValue());
    }

    /** Records consumed so far (at most the target while catching up). */
    public synchronized long consumed() {
        return consumed;
    }

    /** Records in the topic at start (compaction may leave fewer to read), or 0 when unknown. */
    public synchronized long records() {
        return records;
    }
}
