package com.wedsync.guardian.health;

import java.util.Objects;

/**
 * Why a pool has the health it has.
 *
 * @param condition a stable machine name (for example {@code saturation}, {@code wait_p99}); alerts key on it
 * @param status    the status this reason alone would give
 * @param message   a sentence for people, with the figures that decided it
 */
public record HealthReason(String condition, HealthStatus status, String message) {
    public HealthReason {
        Objects.requireNonNull(condition, "condition");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(message, "message");
    }

    public HealthReason(Condition condition, HealthStatus status, String message) {
        this(condition.label(), status, message);
    }
}
