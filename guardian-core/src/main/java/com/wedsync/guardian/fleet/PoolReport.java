package com.wedsync.guardian.fleet;

import java.util.Objects;

/**
 * What an instance says about one of its pools at every heartbeat.
 *
 * @param max         the pool's maximum now
 * @param open        connections open (used + idle)
 * @param wanted      the planner's wanted maximum (the pool's max when the planner has none)
 * @param priority    {@code scaling.pools.NAME.priority}, 1 by default
 * @param criticality the wedding criticality the pool serves now, 1 (routine) to 5 (emergency)
 */
public record PoolReport(String pool, String database, int max, int minIdle, int open, int used, int wanted,
                         int priority, int criticality) {

    public PoolReport {
        Objects.requireNonNull(pool, "pool");
        Objects.requireNonNull(database, "database");
        if (priority < 1) {
            throw new IllegalArgumentException("priority must be >= 1, but was " + priority + " for pool " + pool);
        }
        if (criticality < 1 || criticality > 5) {
            throw new IllegalArgumentException("criticality must be between 1 and 5, but was " + criticality);
        }
    }

    /** The water-filling weight: priority × criticality, so a pool serving a wedding in progress weighs 4 times a routine one. */
    public double weight() {
        return (double) priority * criticality;
    }
}
