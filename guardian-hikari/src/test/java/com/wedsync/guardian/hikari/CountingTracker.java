package com.wedsync.guardian.hikari;

import com.zaxxer.hikari.metrics.IMetricsTracker;
import com.zaxxer.hikari.metrics.MetricsTrackerFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/** Stands for a tracker installed before the guardian (Spring Boot's, an agent's): counts every callback. */
final class CountingTracker implements IMetricsTracker {

    final LongAdder created = new LongAdder();
    final LongAdder acquired = new LongAdder();
    final LongAdder usage = new LongAdder();
    final LongAdder timeouts = new LongAdder();

    @Override
    public void recordConnectionCreatedMillis(long connectionCreatedMillis) {
        created.increment();
    }

    @Override
    public void recordConnectionAcquiredNanos(long elapsedAcquiredNanos) {
        acquired.increment();
    }

    @Override
    public void recordConnectionUsageMillis(long elapsedBorrowedMillis) {
        usage.increment();
    }

    @Override
    public void recordConnectionTimeout() {
        timeouts.increment();
    }

    /** A factory that hands out this tracker and counts how often it was asked. */
    MetricsTrackerFactory factory(AtomicInteger creations) {
        return (poolName, stats) -> {
            creations.incrementAndGet();
            return this;
        };
    }
}
