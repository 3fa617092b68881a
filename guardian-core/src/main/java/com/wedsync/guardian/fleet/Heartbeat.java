package com.wedsync.guardian.fleet;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * One instance's report for one tick: who it is, its pools, what it read of their databases, and the conditions
 * its pools are in (grouped fleet-wide by the instance holding each database's duty).
 *
 * @param outsideHold how long a peak of outside clients counts in the budgets this heartbeat divides
 *                    ({@code fleet.outsideHold}; see {@link FleetBudget})
 */
public record Heartbeat(String instance, Duration lease, List<PoolReport> pools, List<DatabaseReport> databases,
                        List<ConditionReport> conditions, Duration outsideHold) {

    public Heartbeat {
        Objects.requireNonNull(instance, "instance");
        Objects.requireNonNull(lease, "lease");
        Objects.requireNonNull(outsideHold, "outsideHold");
        if (outsideHold.isNegative()) {
            throw new IllegalArgumentException("outsideHold must be >= 0, but was " + outsideHold);
        }
        pools = List.copyOf(pools);
        databases = List.copyOf(databases);
        conditions = List.copyOf(conditions);
    }

    /** A heartbeat counting outside clients as they are now (no hold). */
    public Heartbeat(String instance, Duration lease, List<PoolReport> pools, List<DatabaseReport> databases,
                     List<ConditionReport> conditions) {
        this(instance, lease, pools, databases, conditions, Duration.ZERO);
    }

    /** A heartbeat with no pool in any condition, counting outside clients as they are now. */
    public Heartbeat(String instance, Duration lease, List<PoolReport> pools, List<DatabaseReport> databases) {
        this(instance, lease, pools, databases, List.of());
    }
}
