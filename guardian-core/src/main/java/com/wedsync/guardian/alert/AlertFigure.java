package com.wedsync.guardian.alert;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The figures an alert carries in {@link Alert#values()}, each under its one key: the keys are spelt here and
 * nowhere else. A figure that does not apply to the alert's condition is absent, never a placeholder.
 */
public enum AlertFigure {

    /** Used connections as a fraction of the maximum, 0 to 1. */
    UTILISATION("utilisation"),
    /** Connections in use. */
    USED("used"),
    /** The pool's maximum. */
    MAX("max"),
    /** Threads waiting for a connection. */
    PENDING("pending"),
    /** The latest wait p99 in the window, in milliseconds. */
    WAIT_P99_MS("wait_p99_ms"),
    /** Connection timeouts over the window. */
    TIMEOUTS("timeouts"),
    /** The trend: demand (used + waiting) now minus at the start of the window; above 0 rising, below 0 falling. */
    DEMAND_CHANGE("demand_change"),
    /** The window the figures were judged over, in seconds. */
    WINDOW_S("window_s"),
    /** The longest a connection has been held, in milliseconds (suspected leaks). */
    LONGEST_HELD_MS("longest_held_ms"),
    /** Usable connections free on the database server (database headroom). */
    DB_FREE("db_free"),
    /** The database server's usable connections (max_connections − reserved). */
    DB_USABLE("db_usable"),
    /** The highest utilisation over {@link #PEAK_SPAN_S}; present only when above {@link #UTILISATION}. */
    UTILISATION_PEAK("utilisation_peak"),
    /** The most threads waiting over {@link #PEAK_SPAN_S}; present only when above {@link #PENDING}. */
    PENDING_PEAK("pending_peak"),
    /** The highest wait p99 over {@link #PEAK_SPAN_S}, in milliseconds; present only when above {@link #WAIT_P99_MS}. */
    WAIT_P99_PEAK_MS("wait_p99_peak_ms"),
    /** The longest hold over {@link #PEAK_SPAN_S}, in milliseconds; present only when above {@link #LONGEST_HELD_MS}. */
    LONGEST_HELD_PEAK_MS("longest_held_peak_ms"),
    /**
     * The span the peaks cover, in seconds, ending at the alert's figures: the window while the alert fires; once
     * resolved, from a window before it started to when it resolved.
     */
    PEAK_SPAN_S("peak_span_s");

    /** The figures that have a peak, each followed by its peak's figure. */
    public static final List<AlertFigure> PEAKED = List.of(UTILISATION, PENDING, WAIT_P99_MS, LONGEST_HELD_MS);

    private final String key;

    AlertFigure(String key) {
        this.key = key;
    }

    /** The key in {@link Alert#values()}, in webhook documents and in the outbox. */
    public String key() {
        return key;
    }

    /** The figure holding this one's peak ({@link #PEAKED}), or null when it has none. */
    public AlertFigure peak() {
        return switch (this) {
            case UTILISATION -> UTILISATION_PEAK;
            case PENDING -> PENDING_PEAK;
            case WAIT_P99_MS -> WAIT_P99_PEAK_MS;
            case LONGEST_HELD_MS -> LONGEST_HELD_PEAK_MS;
            default -> null;
        };
    }

    /** True for a peak or its span: where figures of one pool are merged, the higher of two is the one kept. */
    public static boolean keepsHighest(String key) {
        return key.equals(PEAK_SPAN_S.key) || key.equals(UTILISATION_PEAK.key) || key.equals(PENDING_PEAK.key)
                || key.equals(WAIT_P99_PEAK_MS.key) || key.equals(LONGEST_HELD_PEAK_MS.key);
    }

    /** This figure in {@code values} (keyed as {@link Alert#values()}), when it is there. */
    public OptionalDouble in(Map<String, Double> values) {
        Double v = values.get(key);
        return v == null || v.isNaN() ? OptionalDouble.empty() : OptionalDouble.of(v);
    }
}
