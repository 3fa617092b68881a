package com.wedsync.guardian.health;

import com.wedsync.guardian.pool.LatencySummary;
import com.wedsync.guardian.pool.PoolSnapshot;
import com.wedsync.guardian.pool.Reachability;

import java.time.Instant;

/** Builds reachable snapshots for health tests: a pool of max 20 with nothing in use unless said. */
final class Samples {

    static final String POOL = "bookings";
    static final Instant T0 = Instant.parse("2026-09-05T14:00:00Z");

    private int used;
    private int max = 20;
    private int pending;
    private double waitP99Ms;
    private long timeouts;
    private long longestHeldMs;
    private boolean noWaits;

    static Samples pool() {
        return new Samples();
    }

    Samples used(int value) {
        used = value;
        return this;
    }

    Samples max(int value) {
        max = value;
        return this;
    }

    Samples pending(int value) {
        pending = value;
        return this;
    }

    Samples waitP99Ms(double value) {
        waitP99Ms = value;
        return this;
    }

    Samples timeouts(long value) {
        timeouts = value;
        return this;
    }

    Samples longestHeldMs(long value) {
        longestHeldMs = value;
        return this;
    }

    /** No connection handed out in the interval: no wait time measured. */
    Samples noWaits() {
        noWaits = true;
        return this;
    }

    PoolSnapshot at(Instant at) {
        LatencySummary wait = noWaits ? LatencySummary.EMPTY : waitP99Ms > 0 ? new LatencySummary(50, waitP99Ms / 4, waitP99Ms / 2, waitP99Ms, waitP99Ms)
                : new LatencySummary(50, 0.1, 0.2, 0.3, 0.5);
        return new PoolSnapshot(POOL, at, Reachability.REACHABLE, "", used, Math.max(0, 5 - used), max, 5, pending,
                0, timeouts, wait, LatencySummary.EMPTY, LatencySummary.EMPTY, longestHeldMs);
    }

    /** The instant {@code seconds} after T0. */
    static Instant sec(long seconds) {
        return T0.plusSeconds(seconds);
    }
}
