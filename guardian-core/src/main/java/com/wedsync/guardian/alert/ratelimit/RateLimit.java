package com.wedsync.guardian.alert.ratelimit;

import com.wedsync.guardian.config.Setting;

import java.time.Duration;

/**
 * A token bucket's shape: {@code permits} per {@code period}, with bursts of up to {@code burst}.
 */
public record RateLimit(int permits, Duration period, int burst) {

    /** {@code alerts.rateLimits[].permits}. */
    public static final Setting<Integer> PERMITS = Setting.intIn("permits", 1, 1_000_000, 1, "sends allowed per period");
    /** {@code alerts.rateLimits[].per}: the period. */
    public static final Setting<Duration> PER = Setting.duration("per", Duration.ofMillis(1), Duration.ofDays(30),
            Duration.ofSeconds(1), "the period");
    /** {@code alerts.rateLimits[].burst}. */
    public static final Setting<Integer> BURST = Setting.intIn("burst", 1, 1_000_000, null, "sends allowed at once")
            .defaultText("permits");

    public RateLimit {
        PERMITS.check(permits);
        if (period == null) {
            throw new IllegalArgumentException("period must be set, but was null");
        }
        PER.type().problem(period).ifPresent(p -> {
            throw new IllegalArgumentException("period " + p);
        });
        BURST.check(burst);
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
