package com.wedsync.guardian.health;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A pool's health at an instant, always with its reasons (none only when HEALTHY) and the figures it was
 * judged on ({@link PoolFigures#NONE} when the pool could not be read).
 */
public record PoolHealth(String pool, Instant at, HealthStatus status, List<HealthReason> reasons,
                         PoolFigures figures) {
    public PoolHealth {
        Objects.requireNonNull(pool, "pool");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(status, "status");
        reasons = List.copyOf(reasons);
        figures = figures == null ? PoolFigures.NONE : figures;
    }

    /** A judgement without figures: a pool that could not be read, or one made up by hand. */
    public PoolHealth(String pool, Instant at, HealthStatus status, List<HealthReason> reasons) {
        this(pool, at, status, reasons, PoolFigures.NONE);
    }

    public static PoolHealth healthy(String pool, Instant at) {
        return new PoolHealth(pool, at, HealthStatus.HEALTHY, List.of());
    }
}
