package com.wedsync.guardian.hikari;

import com.wedsync.guardian.pool.LatencySummary;
import com.zaxxer.hikari.metrics.IMetricsTracker;
import java.util.concurrent.atomic.LongAdder;

/**
 * The guardian's HikariCP metrics tracker. It sits on the pool's hot path (every getConnection and
 * close), so each callback is one record into a {@link LatencyCells} (no lock, no allocation, nothing
 * kept per thread: a plain store for a thread that owns its slot, one compare-and-set otherwise);
 * {@link #drain} reads the interval since the previous call. Its memory is bounded whatever the number
 * of threads, virtual or short-lived: three histograms, at most 739 KB per pool.
 */
final class IntervalTracker implements IMetricsTracker {

    private final LatencyCells waitNanos = new LatencyCells();
    private final LatencyCells useMillis = new LatencyCells();
    private final LatencyCells createMillis = new LatencyCells();
    private final LongAdder timeouts = new LongAdder();

    @Override
    public void recordConnectionAcquiredNanos(long elapsedAcquiredNanos) {
        waitNanos.record(elapsedAcquiredNanos);
    }

    @Override
    public void recordConnectionUsageMillis(long elapsedBorrowedMillis) {
        useMillis.record(elapsedBorrowedMillis);
    }

    @Override
    public void recordConnectionCreatedMillis(long connectionCreatedMillis) {
        createMillis.record(connectionCreatedMillis);
    }

    @Override
    public void recordConnectionTimeout() {
        timeouts.increment();
    }

    /** Timeouts since the tracker was created. */
    long timeoutsTotal() {
        return timeouts.sum();
    }

    /** The latencies recorded since the previous call; the caller must not call it concurrently. */
    Interval drain() {
        return new Interval(waitNanos.drain(1_000_000.0), useMillis.drain(1.0), createMillis.drain(1.0));
    }

    /** Latencies over one interval, in milliseconds. */
    record Interval(LatencySummary waitTime, LatencySummary useTime, LatencySummary createTime) {
    }
}
