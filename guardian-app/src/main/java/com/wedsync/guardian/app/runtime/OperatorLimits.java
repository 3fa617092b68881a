package com.wedsync.guardian.app.runtime;

import com.wedsync.guardian.time.Durations;

import java.time.Duration;

/**
 * The longest an operator's override or emergency declaration may last: a forgotten one lapses by itself
 * instead of keeping the protected window's bypasses open for ever.
 */
public record OperatorLimits(Duration maxOverride, Duration maxEmergency) {

    public static final Duration DEFAULT_MAX_OVERRIDE = Duration.ofHours(24);
    public static final Duration DEFAULT_MAX_EMERGENCY = Duration.ofHours(12);
    /** The range either limit may be set to. */
    public static final Duration SHORTEST = Duration.ofMinutes(1);
    public static final Duration LONGEST = Duration.ofDays(30);

    public OperatorLimits {
        check("maxOverride", maxOverride);
        check("maxEmergency", maxEmergency);
    }

    public static OperatorLimits defaults() {
        return new OperatorLimits(DEFAULT_MAX_OVERRIDE, DEFAULT_MAX_EMERGENCY);
    }

    private static void check(String field, Duration d) {
        if (d == null || d.compareTo(SHORTEST) < 0 || d.compareTo(LONGEST) > 0) {
            throw new IllegalArgumentException(field + " must be between " + Durations.format(SHORTEST) + " and "
                    + Durations.format(LONGEST) + ", but was " + (d == null ? "nothing" : Durations.format(d)));
        }
    }
}
