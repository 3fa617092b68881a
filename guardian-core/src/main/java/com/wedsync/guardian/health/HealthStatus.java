package com.wedsync.guardian.health;

/** A pool's health, worst last (except UNKNOWN, which says nothing is known). */
public enum HealthStatus {
    HEALTHY(0), DEGRADED(1), CRITICAL(2), DOWN(3), UNKNOWN(4);

    private final int code;

    HealthStatus(int code) {
        this.code = code;
    }

    /** The number exported as {@code guardian.pool.health}. */
    public int code() {
        return code;
    }

    /** True for CRITICAL and DOWN: the states that lift a wedding's criticality to EMERGENCY. */
    public boolean severe() {
        return this == CRITICAL || this == DOWN;
    }

    /** The worse of two states among HEALTHY, DEGRADED, CRITICAL, DOWN; UNKNOWN loses to any known state. */
    public HealthStatus worse(HealthStatus other) {
        if (this == UNKNOWN) {
            return other;
        }
        if (other == UNKNOWN) {
            return this;
        }
        return other.code > this.code ? other : this;
    }
}
