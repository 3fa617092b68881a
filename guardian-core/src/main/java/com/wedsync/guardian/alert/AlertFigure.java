package com.wedsync.guardian.alert;

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
    DB_USABLE("db_usable");

    private final String key;

    AlertFigure(String key) {
        this.key = key;
    }

    /** The key in {@link Alert#values()}, in webhook documents and in the outbox. */
    public String key() {
        return key;
    }

    /** This figure in {@code values} (keyed as {@link Alert#values()}), when it is there. */
    public OptionalDouble in(Map<String, Double> values) {
        Double v = values.get(key);
        return v == null || v.isNaN() ? OptionalDouble.empty() : OptionalDouble.of(v);
    }
}
