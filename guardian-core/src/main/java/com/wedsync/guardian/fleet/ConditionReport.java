package com.wedsync.guardian.fleet;

import com.wedsync.guardian.health.HealthStatus;

import java.util.Objects;

/** A condition one of an instance's pools is in now (saturation, wait_p99, ...), reported with its heartbeat. */
public record ConditionReport(String pool, String condition, HealthStatus status, String message) {

    /** The longest message kept: a report is bounded like any input. */
    public static final int MAX_MESSAGE = 1_000;

    public ConditionReport {
        Objects.requireNonNull(pool, "pool");
        Objects.requireNonNull(condition, "condition");
        Objects.requireNonNull(status, "status");
        message = message == null ? "" : message.length() > MAX_MESSAGE ? message.substring(0, MAX_MESSAGE) : message;
    }
}
