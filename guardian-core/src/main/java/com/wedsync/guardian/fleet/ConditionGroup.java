package com.wedsync.guardian.fleet;

import com.wedsync.guardian.health.HealthStatus;

import java.util.List;
import java.util.Objects;

/**
 * One pool condition across the fleet: the pool name, the condition, the instances whose pool of that name is in
 * it, out of how many have such a pool; said once, by the instance holding the database's duty.
 *
 * @param example the message of the first instance, for its figures
 */
public record ConditionGroup(String pool, String condition, HealthStatus worst, List<String> instances, int of,
                             String example) {

    public ConditionGroup {
        Objects.requireNonNull(pool, "pool");
        Objects.requireNonNull(condition, "condition");
        Objects.requireNonNull(worst, "worst");
        instances = List.copyOf(instances);
    }

    /** "orders saturation on 4 of 6 instances: a, b, c, d (a: 10 of 10 in use)". */
    public String message() {
        return pool + " " + condition + " on " + instances.size() + " of " + of + " instances: " + String.join(", ", instances)
                + (example.isEmpty() ? "" : " (" + instances.get(0) + ": " + example + ")");
    }
}
