package io.newsmonitor.bench;

import java.util.concurrent.locks.LockSupport;

/**
 * Paces a load generator at a fixed rate: event {@code i} is due {@code i / perSecond} seconds after the
 * start. It sleeps until then, never spins: on a small machine a spinning generator takes a core from the
 * system it measures. A rate of 0 means as fast as possible.
 */
public final class FixedRate {

    private final double perSecond;
    private final long start = System.nanoTime();

    public FixedRate(double perSecond) {
        this.perSecond = perSecond;
    }

    /** Sleeps until event {@code i} is due (returns at once when it already is, or at full speed). */
    public void awaitTurn(int i) {
        if (perSecond <= 0) {
            return;
        }
        long due = start + (long) (i * 1e9 / perSecond);
        for (long left = due - System.nanoTime(); left > 0; left = due - System.nanoTime()) {
            LockSupport.parkNanos(left);
        }
    }
}
