package com.wedsync.guardian.config;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Numbers between {@code min} and {@code max}; each end included unless marked open. A share of a whole is
 * {@code (0, 1]} (a share of nothing means nothing), a headroom {@code [0, 1)}.
 */
public record DecimalRange(double min, boolean minOpen, double max, boolean maxOpen) {

    public DecimalRange {
        if (Double.isNaN(min) || Double.isNaN(max) || min > max) {
            throw new IllegalArgumentException("min must be <= max (" + max + "), but was " + min);
        }
    }

    public static DecimalRange closed(double min, double max) {
        return new DecimalRange(min, false, max, false);
    }

    /** {@code (min, max]}. */
    public static DecimalRange openClosed(double min, double max) {
        return new DecimalRange(min, true, max, false);
    }

    /** {@code [min, max)}. */
    public static DecimalRange closedOpen(double min, double max) {
        return new DecimalRange(min, false, max, true);
    }

    public boolean contains(double v) {
        return (minOpen ? v > min : v >= min) && (maxOpen ? v < max : v <= max);
    }

    /** Why {@code v} lies outside, to follow the field's name; empty when inside. NaN lies outside. */
    public Optional<String> problem(double v) {
        return contains(v) ? Optional.empty() : Optional.of("must be " + rule() + ", but was " + show(v));
    }

    private String rule() {
        String lower = (minOpen ? "> " : ">= ") + show(min);
        if (Double.isInfinite(max)) {
            return lower;
        }
        if (!minOpen && !maxOpen) {
            return "between " + show(min) + " and " + show(max);
        }
        return lower + " and " + (maxOpen ? "< " : "<= ") + show(max);
    }

    /** For the reference: {@code (0, 1]}, {@code [0, 1]} or {@code >= 1}. */
    public String text() {
        if (Double.isInfinite(max)) {
            return ">= " + show(min);
        }
        return (minOpen ? "(" : "[") + show(min) + ", " + show(max) + (maxOpen ? ")" : "]");
    }

    /** A number as written in config: {@code 0.8}, {@code 1}, never {@code 1.0} or {@code 8.0E-1}. */
    public static String show(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return Double.toString(v);
        }
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
