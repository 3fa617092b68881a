package com.wedsync.guardian.health;

import java.util.Locale;
import java.util.Optional;

/**
 * The conditions the guardian judges, each with its stable label: health reasons and alerts carry the label
 * (alerts key on it, and it travels to the vendors), and this is the one place it is defined.
 */
public enum Condition {
    SATURATION,
    THREADS_WAITING,
    WAIT_P99,
    TIMEOUTS,
    SUSPECTED_LEAK,
    DB_HEADROOM,
    POOL_DOWN,
    POOL_UNKNOWN,
    /** Raised by the alert evaluator, not the health assessor: the wedding calendar could not be refreshed. */
    CALENDAR_STALE;

    /** The stable label ({@code wait_p99}). */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The condition of a label, if it is one of ours (an alert may carry another, a synthetic test alert's). */
    public static Optional<Condition> of(String label) {
        for (Condition c : values()) {
            if (c.label().equals(label)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
