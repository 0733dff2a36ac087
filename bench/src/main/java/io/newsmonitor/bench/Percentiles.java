package io.newsmonitor.bench;

import java.util.Arrays;

/** Nearest-rank percentiles of a set of samples, e.g. latencies in milliseconds. */
public final class Percentiles {

    private final long[] sorted;

    private Percentiles(long[] sorted) {
        this.sorted = sorted;
    }

    /** Percentiles of the given samples; the array is copied. */
    public static Percentiles of(long[] samples) {
        if (samples.length == 0) {
            throw new IllegalArgumentException("no samples: run the benchmark with at least one item");
        }
        long[] copy = samples.clone();
        Arrays.sort(copy);
        return new Percentiles(copy);
    }

    /** The sample at percentile {@code p} (0 < p <= 100) by the nearest-rank method. */
    public long at(double p) {
        if (p <= 0 || p > 100) {
            throw new IllegalArgumentException("percentile must be in (0, 100], was " + p);
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    public long max() {
        return sorted[sorted.length - 1];
    }

    public int count() {
        return sorted.length;
    }

    /** {@code p50=… p95=… p99=… max=…} with the given unit after each figure. */
    public String describe(String unit) {
        return "p50=" + at(50) + unit + " p95=" + at(95) + unit + " p99=" + at(99) + unit + " max=" + max() + unit;
    }
}
