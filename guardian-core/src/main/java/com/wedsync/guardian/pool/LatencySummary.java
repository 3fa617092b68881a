package com.wedsync.guardian.pool;

/**
 * A latency distribution over one observation interval, in milliseconds.
 * {@code count} is the number of samples in the interval; the percentiles are 0 when it is 0.
 */
public record LatencySummary(long count, double p50Ms, double p95Ms, double p99Ms, double maxMs) {

    public static final LatencySummary EMPTY = new LatencySummary(0, 0, 0, 0, 0);

    public LatencySummary {
        if (count < 0) {
            throw new IllegalArgumentException("count must be >= 0, but was " + count);
        }
    }
}
