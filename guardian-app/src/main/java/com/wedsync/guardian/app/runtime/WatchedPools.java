package com.wedsync.guardian.app.runtime;

import com.wedsync.guardian.health.HealthAssessor;
import com.wedsync.guardian.pool.PoolProbe;
import com.wedsync.guardian.pool.PoolSnapshot;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/** The pools a guardian watches; pools may be added and removed while it runs. */
final class WatchedPools {

    private final HealthAssessor assessor;
    private final List<MonitoredPool> pools = new CopyOnWriteArrayList<>();

    WatchedPools(HealthAssessor assessor) {
        this.assessor = assessor;
    }

    synchronized void add(PoolProbe probe, Optional<String> database) {
        if (find(probe.name()).isPresent()) {
            throw new IllegalArgumentException("a pool named '" + probe.name() + "' is already watched");
        }
        pools.add(new MonitoredPool(probe, database, assessor));
    }

    synchronized boolean remove(String name) {
        Optional<MonitoredPool> p = find(name);
        p.ifPresent(pool -> {
            pools.remove(pool);
            pool.close();
        });
        return p.isPresent();
    }

    List<MonitoredPool> all() {
        return List.copyOf(pools);
    }

    /** The pool's snapshots since {@code from} (one per 10 s, up to an hour). */
    List<PoolSnapshot> history(String pool, Instant from) {
        return find(pool).map(p -> p.history().since(from)).orElse(List.of());
    }

    private Optional<MonitoredPool> find(String name) {
        return pools.stream().filter(p -> p.name().equals(name)).findFirst();
    }
}
