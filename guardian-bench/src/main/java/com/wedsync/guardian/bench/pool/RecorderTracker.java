package com.wedsync.guardian.bench.pool;

import com.zaxxer.hikari.metrics.IMetricsTracker;
import org.HdrHistogram.Recorder;

/**
 * The design the guardian's tracker did not take, kept for comparison: one HdrHistogram
 * {@link Recorder} (shared, multi-writer, fixed range) per callback.
 */
final class RecorderTracker implements IMetricsTracker {

    private static final long MAX_NANOS = 3_600_000_000_000L;
    private static final long MAX_MILLIS = 86_400_000L;

    private final Recorder waitNanos = new Recorder(1, MAX_NANOS, 2);
    private final Recorder useMillis = new Recorder(1, MAX_MILLIS, 2);

    @Override
    public void recordConnectionAcquiredNanos(long elapsedAcquiredNanos) {
        waitNanos.recordValue(Math.max(1, Math.min(elapsedAcquiredNanos, MAX_NANOS)));
    }

    @Override
    public void recordConnectionUsageMillis(long elapsedBorrowedMillis) {
        useMillis.recordValue(Math.max(1, Math.min(elapsedBorrowedMillis, MAX_MILLIS)));
    }
}
