package com.wedsync.guardian.app.cli;

import com.wedsync.guardian.time.Durations;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Parses the durations ("90s", "2h", "PT1H") and dates ("2026-06-13" or an instant) of the scaling commands. */
final class ScalingArgs {

    private ScalingArgs() {
    }

    /** A duration between {@code min} and {@code max}; anything else is refused naming the option. */
    static Duration duration(String option, String v, Duration min, Duration max) {
        try {
            return Durations.parse(v, min, max);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(option + " " + e.getMessage());
        }
    }

    /** A date (its start in {@code zone}; with {@code endOfDay}, the next day's start) or an ISO instant. */
    static Instant instant(String option, String v, ZoneId zone, boolean endOfDay) {
        try {
            if (v.contains("T")) {
                return Instant.parse(v);
            }
            LocalDate d = LocalDate.parse(v);
            return (endOfDay ? d.plusDays(1) : d).atStartOfDay(zone).toInstant();
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(option + " must be a date (2026-06-13) or an instant (2026-06-13T14:00:00Z), but was " + v);
        }
    }
}
