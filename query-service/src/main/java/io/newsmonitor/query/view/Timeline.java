package io.newsmonitor.query.view;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Counts articles per hour or per day in one time zone, with the empty buckets between the first
 * and the last filled in, so that a chart shows quiet periods as zeros rather than skipping them.
 */
public final class Timeline {

    /** The width of a bucket. */
    public enum Interval {
        HOUR(ChronoUnit.HOURS), DAY(ChronoUnit.DAYS);

        private final ChronoUnit unit;

        Interval(ChronoUnit unit) {
            this.unit = unit;
        }

        public String apiName() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Optional<Interval> fromApiName(String value) {
            for (Interval interval : values()) {
                if (interval.apiName().equalsIgnoreCase(value == null ? "" : value.strip())) {
                    return Optional.of(interval);
                }
            }
            return Optional.empty();
        }
    }

    /**
     * One bucket.
     *
     * @param start the bucket's first instant, ISO-8601 with the zone's offset ({@code 2024-10-17T00:00:00+08:00})
     * @param count articles in it
     */
    public record Bucket(String start, int count) {
    }

    /** More buckets than this make no readable chart: the caller narrows the range or widens the interval. */
    public static final int MAX_BUCKETS = 10_000;

    private static final DateTimeFormatter START = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

    private Timeline() {
    }

    /**
     * @throws IllegalArgumentException when the times span more than {@link #MAX_BUCKETS} buckets
     */
    public static List<Bucket> of(Collection<Instant> times, Interval interval, ZoneId zone) {
        TreeMap<ZonedDateTime, Integer> counts = new TreeMap<>();
        for (Instant time : times) {
            counts.merge(time.atZone(zone).truncatedTo(interval.unit), 1, Integer::sum);
        }
        List<Bucket> buckets = new ArrayList<>();
        if (counts.isEmpty()) {
            return buckets;
        }
        ZonedDateTime last = counts.lastKey();
        long span = interval.unit.between(counts.firstKey(), last) + 1;
        if (span > MAX_BUCKETS) {
            throw new IllegalArgumentException("the articles span " + span + " " + interval.apiName() + "s, more than "
                    + MAX_BUCKETS + " buckets; narrow from/to or use interval=day");
        }
        for (ZonedDateTime start = counts.firstKey(); !start.isAfter(last);
                start = start.plus(1, interval.unit)) {
            buckets.add(new Bucket(START.format(start), counts.getOrDefault(start, 0)));
        }
        return buckets;
    }
}
