package com.wedsync.guardian.metrics.readings;

import java.util.Objects;

/**
 * One pool of this instance in its fleet (issue 12).
 *
 * @param reservation the largest maximum the fleet lets it grow to now
 * @param wanted      the maximum its planner wants
 */
public record FleetFigure(String pool, String instance, int reservation, int wanted) {

    public FleetFigure {
        Objects.requireNonNull(pool, "pool");
        Objects.requireNonNull(instance, "instance");
    }
}
