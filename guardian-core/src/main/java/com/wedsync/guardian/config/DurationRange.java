package com.wedsync.guardian.config;

import com.wedsync.guardian.time.Durations;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/** Durations from {@code min} to {@code max}, both included, never beyond {@link Durations#LIMIT}. */
public record DurationRange(Duration min, Duration max) {

    public DurationRange {
        Objects.requireNonNull(min, "min");
        Objects.requireNonNull(max, "max");
        if (min.isNegative() || min.compareTo(max) > 0 || max.compareTo(Durations.LIMIT) > 0) {
            throw new IllegalArgumentException("a duration range must lie within 0s.." + Durations.format(Durations.LIMIT)
                    + " with min <= max, but was " + Durations.format(min) + ".." + Durations.format(max));
        }
    }

    public boolean contains(Duration d) {
        return d.compareTo(min) >= 0 && d.compareTo(max) <= 0;
    }

    /** Why {@code d} lies outside, to follow the field's name; empty when inside. */
    public Optional<String> problem(Duration d) {
        return contains(d) ? Optional.empty() : Optional.of("must be " + rule() + ", but was " + Durations.format(d));
    }

    private String rule() {
        return max.equals(Durations.LIMIT) ? ">= " + Durations.format(min)
                : "between " + Durations.format(min) + " and " + Durations.format(max);
    }

    /** The duration {@code text} denotes, or {@link IllegalArgumentException} with the message {@link Durations} gives. */
    public Duration parse(String text) {
        return Durations.parse(text, min, max);
    }

    /** For the reference: {@code 100ms..1m}, or {@code >= 1s} when only {@link Durations#LIMIT} bounds it above. */
    public String text() {
        return max.equals(Durations.LIMIT) ? ">= " + Durations.format(min) : Durations.format(min) + ".." + Durations.format(max);
    }
}
