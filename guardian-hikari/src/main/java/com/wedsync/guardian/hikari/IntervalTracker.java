package com.wedsync.guardian.hikari;

import com.wedsync.guardian.pool.LatencySummary;
import com.zaxxer.hikari.metrics.IMetricsTracker;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * The guardian's HikariCP metrics tracker. It sits on the pool's hot path (every getConnection and
 * close), so each callback is one lock-free, allocation-free record into an HdrHistogram
 * {@link Recorder}; the reading side ({@link #drain}) swaps interval histograms without stopping writers.
 */
final class IntervalTracker implements IMetricsTracker {

    // Two significant digits (1% resolution) keep each histogram at a few kB, which matters with hundreds of pools.
    private static final int DIGITS = 2;
    private static final long MAX_WAIT_MICROS = 3_600_000_000L;  // one hour: far above any connectionTimeout
    private static final long MAX_MILLIS = 86_400_000L;          // one day of holding a connection

    private final Recorder waitMicros = new Recorder(1, MAX_WAIT_MICROS, DIGITS);
    private final Recorder useMillis = new Recorder(1, MAX_MILLIS, DIGITS);
    private final Recorder createMillis = new Recorder(1, MAX_MILLIS, DIGITS);
    private final LongAdder timeouts = new LongAdder();

    private Histogram waitInterval;
    private Histogram useInterval;
    private Histogram createInterval;

    @Override
    public void recordConnectionAcquiredNanos(long elapsedAcquiredNanos) {
        waitMicros.recordValue(clamp(elapsedAcquiredNanos / 1_000, MAX_WAIT_MICROS));
    }

    @Override
    public void recordConnectionUsageMillis(long elapsedBorrowedMillis) {
        useMillis.recordValue(clamp(elapsedBorrowedMillis, MAX_MILLIS));
    }

    @Override
    public void recordConnectionCreatedMillis(long connectionCreatedMillis) {
        createMillis.recordValue(clamp(connectionCreatedMillis, MAX_MILLIS));
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
        waitInterval = waitMicros.getIntervalHistogram(waitInterval);
        useInterval = useMillis.getIntervalHistogram(useInterval);
        createInterval = createMillis.getIntervalHistogram(createInterval);
        return new Interval(summary(waitInterval, 1_000.0), summary(useInterval, 1.0), summary(createInterval, 1.0));
    }

    /** Latencies over one interval, in milliseconds. */
    record Interval(LatencySummary waitTime, LatencySummary useTime, LatencySummary createTime) {
    }

    private static LatencySummary summary(Histogram h, double unitsPerMs) {
        long count = h.getTotalCount();
        if (count == 0) {
            return LatencySummary.EMPTY;
        }
        return new LatencySummary(count,
                h.getValueAtPercentile(50) / unitsPerMs,
                h.getValueAtPercentile(95) / unitsPerMs,
                h.getValueAtPercentile(99) / unitsPerMs,
                h.getMaxValue() / unitsPerMs);
    }

    // The recorders have a fixed range (no resizing, so no allocation on the hot path); out-of-range values would throw.
    private static long clamp(long value, long max) {
        return value < 1 ? 1 : Math.min(value, max);
    }
}
