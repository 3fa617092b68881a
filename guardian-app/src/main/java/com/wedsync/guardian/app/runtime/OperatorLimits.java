package com.wedsync.guardian.app.runtime;

import com.wedsync.guardian.config.Setting;

import java.time.Duration;

/**
 * The longest an operator's override or emergency declaration may last: a forgotten one lapses by itself
 * instead of keeping the protected window's bypasses open for ever.
 */
public record OperatorLimits(Duration maxOverride, Duration maxEmergency) {

    /** The range either limit may be set to. */
    public static final Duration SHORTEST = Duration.ofMinutes(1);
    public static final Duration LONGEST = Duration.ofDays(30);
    /** {@code operator.maxOverride}. */
    public static final Setting<Duration> MAX_OVERRIDE = Setting.duration("maxOverride", SHORTEST, LONGEST,
            Duration.ofHours(24), "the longest an override (scaling or deploy break-glass) may last");
    /** {@code operator.maxEmergency}. */
    public static final Setting<Duration> MAX_EMERGENCY = Setting.duration("maxEmergency", SHORTEST, LONGEST,
            Duration.ofHours(12), "the longest an emergency declaration may last");
    public static final Duration DEFAULT_MAX_OVERRIDE = MAX_OVERRIDE.defaultValue();
    public static final Duration DEFAULT_MAX_EMERGENCY = MAX_EMERGENCY.defaultValue();

    public OperatorLimits {
        MAX_OVERRIDE.check(maxOverride);
        MAX_EMERGENCY.check(maxEmergency);
    }

    public static OperatorLimits defaults() {
        return new OperatorLimits(DEFAULT_MAX_OVERRIDE, DEFAULT_MAX_EMERGENCY);
    }
}
