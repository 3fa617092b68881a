package com.wedsync.guardian.scaling;

import com.wedsync.guardian.pool.LatencySummary;
import com.wedsync.guardian.pool.PoolSnapshot;
import com.wedsync.guardian.pool.Reachability;

import java.time.Instant;

/** Builds snapshots for tests. */
final class Snapshots {

    private Snapshots() {
    }

    static PoolSnapshot of(Instant at, int used, int idle, int max, int minIdle, int pending, long timeouts) {
        return of(at, used, idle, max, minIdle, pending, timeouts, 1, 5);
    }

    static PoolSnapshot of(Instant at, int used, int idle, int max, int minIdle, int pending, long timeouts,
                           double waitP99, double useP99) {
        return new PoolSnapshot("orders", at, Reachability.REACHABLE, "", used, idle, max, minIdle, pending, timeouts, timeouts,
                new LatencySummary(100, waitP99 / 2, waitP99, waitP99, waitP99),
                new LatencySummary(100, useP99 / 2, useP99, useP99, useP99),
                LatencySummary.EMPTY, 0);
    }
}
