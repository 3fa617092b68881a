package com.wedsync.guardian.metrics.config;

import java.time.Duration;

/** The few checks the settings builders share; messages name the YAML field. */
final class Checks {

    private Checks() {
    }

    static Duration between(String field, Duration value, Duration min, Duration max) {
        if (value == null) {
            throw new IllegalArgumentException(field + " must be set, but was null");
        }
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            throw new IllegalArgumentException(field + " must be between " + text(min) + " and " + text(max)
                    + ", but was " + text(value));
        }
        return value;
    }

    static String notBlank(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank, but was " + (value == null ? "null" : "\"" + value + "\""));
        }
        return value.strip();
    }

    static String text(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + "s" : d.toMillis() + "ms";
    }
}
