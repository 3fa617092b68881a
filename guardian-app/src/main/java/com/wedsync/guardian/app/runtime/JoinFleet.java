package com.wedsync.guardian.app.runtime;

import com.wedsync.guardian.app.fleet.Fleet;
import com.wedsync.guardian.fleet.DatabaseReport;
import com.wedsync.guardian.fleet.OneVoice;
import com.wedsync.guardian.fleet.PoolReport;
import com.wedsync.guardian.pool.PoolSnapshot;
import com.wedsync.guardian.scaling.ScalingPolicy;
import com.wedsync.guardian.server.ServerView;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Stage (before the scaling engine's): this instance's heartbeat to the fleet, with every sized pool's figures,
 * the conditions its pools are in, and what it read of each database, so that the engine plans within the
 * reservations granted now.
 */
final class JoinFleet implements TickStage {

    private final Fleet fleet;
    private final Scaling scaling;
    private final Function<String, ScalingPolicy> policies;

    JoinFleet(Fleet fleet, Scaling scaling, Function<String, ScalingPolicy> policies) {
        this.fleet = fleet;
        this.scaling = scaling;
        this.policies = policies;
    }

    @Override
    public void run(TickState tick) {
        Map<String, Integer> wanted = scaling.engine().wanted();
        Map<String, Integer> holding = scaling.engine().holding();
        int criticality = tick.context.criticality().score();
        List<PoolReport> pools = new ArrayList<>();
        Map<String, Integer> margins = new HashMap<>();
        for (MonitoredPool p : tick.pools) {
            PoolSnapshot s = p.latest();
            if (s == null || !s.reachable() || s.max() < 1 || p.database().isEmpty()) {
                continue;
            }
            String db = p.database().get();
            ScalingPolicy policy = policies.apply(p.name());
            pools.add(new PoolReport(p.name(), db, s.max(), Math.min(s.minIdle(), s.max()), s.total(), s.used(),
                    wanted.getOrDefault(p.name(), s.max()), policy.priority(), criticality, holding.getOrDefault(p.name(), s.max())));
            margins.merge(db, policy.headroomMargin(), Math::max);
        }
        List<DatabaseReport> databases = new ArrayList<>();
        margins.forEach((db, margin) -> {
            ServerView v = tick.serverViews.get(db);
            databases.add(v == null || !v.available() ? new DatabaseReport(db, false, 0, 0, margin, 0)
                    : new DatabaseReport(db, true, v.maxConnections(), v.reserved(), margin, v.connections()));
        });
        java.util.Set<String> names = new java.util.HashSet<>();
        pools.forEach(p -> names.add(p.pool()));
        fleet.beat(pools, databases, OneVoice.conditions(tick.health.values(), names));
    }
}
