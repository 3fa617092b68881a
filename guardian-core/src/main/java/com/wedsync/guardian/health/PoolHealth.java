package com.wedsync.guardian.health;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** A pool's health at an instant, always with its reasons (none only when HEALTHY). */
public record PoolHealth(String pool, Instant at, HealthStatus status, List<HealthReason> reasons) {
    public PoolHealth {
        Objects.requireNonNull(pool, "pool");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(status, "status");
        reasons = List.copyOf(reasons);
    }

    public static PoolHealth healthy(String pool, Instant at) {
        return new PoolHealth(pool, at, HealthStatus.HEALTHY, List.of());
    }
}
