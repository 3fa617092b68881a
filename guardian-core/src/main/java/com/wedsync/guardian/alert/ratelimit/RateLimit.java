package com.wedsync.guardian.alert.ratelimit;

import java.time.Duration;

/**
 * A token bucket's shape: {@code permits} per {@code period}, with bursts of up to {@code burst}.
 */
public record RateLimit(int permits, Duration period, int burst) {

    public RateLimit {
        if (permits < 1) {
            throw new IllegalArgumentException("permits must be >= 1, but was " + permits);
        }
        if (period == null || period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("period must be > 0, but was " + period);
        }
        if (burst < 1) {
            throw new IllegalArgumentException("burst must be >= 1, but was " + burst);
        }
    }

    /** {@code permits} per {@code period}, bursting to {@code permits}. */
    public static RateLimit of(int permits, Duration period) {
        return new RateLimit(permits, period, permits);
    }

    /** Nanoseconds for one permit to come back. */
    long nanosPerPermit() {
        return Math.max(1, period.toNanos() / permits);
    }
}
