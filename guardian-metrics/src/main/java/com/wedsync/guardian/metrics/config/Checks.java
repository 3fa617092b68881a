package com.wedsync.guardian.metrics.config;

/** The check the settings builders share besides their declared ranges (MetricsSchema); messages name the YAML field. */
final class Checks {

    private Checks() {
    }

    static String notBlank(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank, but was " + (value == null ? "null" : "\"" + value + "\""));
        }
        return value.strip();
    }
}
