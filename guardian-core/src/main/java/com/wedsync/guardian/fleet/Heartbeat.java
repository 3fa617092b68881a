package com.wedsync.guardian.fleet;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/** One instance's report for one tick: who it is, its pools, and what it read of their databases. */
public record Heartbeat(String instance, Duration lease, List<PoolReport> pools, List<DatabaseReport> databases) {

    public Heartbeat {
        Objects.requireNonNull(instance, "instance");
        Objects.requireNonNull(lease, "lease");
        pools = List.copyOf(pools);
        databases = List.copyOf(databases);
    }
}
