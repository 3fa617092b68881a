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
 * @param holding     the largest maximum the pool may return to without a new grant: its max, or the size before a
 *                    shrink still being verified (a rollback restores it); the fleet keeps that much reserved
 */
public record PoolReport(String pool, String database, int max, int minIdle, int open, int used, int wanted,
                         int priority, int criticality, int holding) {

    public PoolReport {
        Objects.requireNonNull(pool, "pool");
        Objects.requireNonNull(database, "database");
        if (priority < 1) {
            throw new IllegalArgumentException("priority must be >= 1, but was " + priority + " for pool " + pool);
        }
        if (criticality < 1 || criticality > 5) {
            throw new IllegalArgumentException("criticality must be between 1 and 5, but was " + criticality);
        }
        holding = Math.max(holding, max);
    }

    /** A pool with no shrink in flight: it holds its max. */
    public PoolReport(String pool, String database, int max, int minIdle, int open, int used, int wanted, int priority,
                      int criticality) {
        this(pool, database, max, minIdle, open, used, wanted, priority, criticality, max);
    }

    /** What the fleet must count as this pool's: every connection it has open or may open without a new grant. */
    public int held() {
        return Math.max(holding, Math.max(max, open));
    }

    /** The water-filling weight: priority × criticality, so a pool serving a wedding in progress weighs 4 times a routine one. */
    public double weight() {
        return (double) priority * criticality;
    }
}
