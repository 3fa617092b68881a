package com.wedsync.guardian.fleet;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * One instance's report for one tick: who it is, its pools, what it read of their databases, and the conditions
 * its pools are in (grouped fleet-wide by the instance holding each database's duty).
 */
public record Heartbeat(String instance, Duration lease, List<PoolReport> pools, List<DatabaseReport> databases,
                        List<ConditionReport> conditions) {

    public Heartbeat {
        Objects.requireNonNull(instance, "instance");
        Objects.requireNonNull(lease, "lease");
        pools = List.copyOf(pools);
        databases = List.copyOf(databases);
        conditions = List.copyOf(conditions);
    }

    /** A heartbeat with no pool in any condition. */
    public Heartbeat(String instance, Duration lease, List<PoolReport> pools, List<DatabaseReport> databases) {
        this(instance, lease, pools, databases, List.of());
    }
}
