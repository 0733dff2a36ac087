package io.newsmonitor.query.watch;

/**
 * Where an article's record was on {@code articles.enriched}: the watchlists file remembers, per partition,
 * up to which offset every article was checked against the watchlists.
 *
 * @param partition the record's partition
 * @param offset the record's offset in it
 */
public record RecordPosition(int partition, long offset) {
}
