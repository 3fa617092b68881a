package com.wedsync.guardian.config;

import java.util.Optional;

/** Whole numbers from {@code min} to {@code max}, both included; {@code max} of {@link Long#MAX_VALUE} for no upper bound. */
public record IntRange(long min, long max) {

    public IntRange {
        if (min > max) {
            throw new IllegalArgumentException("min must be <= max (" + max + "), but was " + min);
        }
    }

    public static IntRange atLeast(long min) {
        return new IntRange(min, Long.MAX_VALUE);
    }

    private boolean unbounded() {
        return max == Long.MAX_VALUE || max == Integer.MAX_VALUE;
    }

    /** Why {@code v} lies outside, to follow the field's name; empty when inside. */
    public Optional<String> problem(long v) {
        if (v >= min && v <= max) {
            return Optional.empty();
        }
        return Optional.of((unbounded() ? "must be >= " + min : "must be between " + min + " and " + max) + ", but was " + v);
    }

    /** For the reference: {@code 0..65535} or {@code >= 1}. */
    public String text() {
        return unbounded() ? ">= " + min : min + ".." + max;
    }
}
