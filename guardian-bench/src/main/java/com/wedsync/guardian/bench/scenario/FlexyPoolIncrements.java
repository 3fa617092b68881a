package com.wedsync.guardian.bench.scenario;

import com.vladmihalcea.flexypool.metric.Histogram;
import com.vladmihalcea.flexypool.metric.Metrics;
import com.vladmihalcea.flexypool.metric.Timer;
import com.vladmihalcea.flexypool.strategy.IncrementPoolOnTimeoutConnectionAcquisitionStrategy;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * FlexyPool's metrics, reduced to the one the scenario reports: its increment-on-timeout strategy
 * updates the overgrow histogram once each time it raises the pool's maximum size, so the count of
 * those updates is the number of raises. Every other metric is dropped (no Dropwizard, no reporter).
 */
final class FlexyPoolIncrements implements Metrics {

    private static final Histogram DROPPED = value -> { };

    private final AtomicInteger increments = new AtomicInteger();

    int count() {
        return increments.get();
    }

    @Override
    public Histogram histogram(String name) {
        return IncrementPoolOnTimeoutConnectionAcquisitionStrategy.OVERGROW_POOL_SIZE_HISTOGRAM.equals(name)
                ? value -> increments.incrementAndGet()
                : DROPPED;
    }

    @Override
    public Timer timer(String name) {
        return (value, unit) -> { };
    }

    @Override
    public void start() {
    }

    @Override
    public void stop() {
    }
}
