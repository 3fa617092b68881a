package com.wedsync.guardian.pool;

import java.time.Instant;
import java.util.Objects;

/**
 * One pool at one instant, carrying the quantities of the OpenTelemetry
 * {@code db.client.connection.*} semantic conventions.
 *
 * @param pool             {@code db.client.connection.pool.name}
 * @param at               when the snapshot was taken
 * @param reachability     whether the numbers are real
 * @param cause            why the pool is DOWN or UNKNOWN; empty when REACHABLE (never holds a secret)
 * @param used             {@code db.client.connection.count{state=used}}
 * @param idle             {@code db.client.connection.count{state=idle}}
 * @param max              {@code db.client.connection.max}
 * @param minIdle          {@code db.client.connection.idle.min}
 * @param pending          {@code db.client.connection.pending_requests}: threads waiting for a connection
 * @param timeoutsTotal    {@code db.client.connection.timeouts}, cumulative since the probe started
 * @param timeoutsInterval timeouts since the previous snapshot
 * @param waitTime         {@code db.client.connection.wait_time} over the interval
 * @param useTime          {@code db.client.connection.use_time} over the interval
 * @param createTime       {@code db.client.connection.create_time} over the interval
 * @param longestHeldMs    the longest time a connection has been held, open or returned in the interval (leak suspicion)
 */
public record PoolSnapshot(
        String pool,
        Instant at,
        Reachability reachability,
        String cause,
        int used,
        int idle,
        int max,
        int minIdle,
        int pending,
        long timeoutsTotal,
        long timeoutsInterval,
        LatencySummary waitTime,
        LatencySummary useTime,
        LatencySummary createTime,
        long longestHeldMs) {

    public PoolSnapshot {
        Objects.requireNonNull(pool, "pool");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(reachability, "reachability");
        cause = cause == null ? "" : cause;
        waitTime = waitTime == null ? LatencySummary.EMPTY : waitTime;
        useTime = useTime == null ? LatencySummary.EMPTY : useTime;
        createTime = createTime == null ? LatencySummary.EMPTY : createTime;
    }

    /** A pool the probe could not read: nothing but the cause is known. */
    public static PoolSnapshot unknown(String pool, Instant at, String cause) {
        return new PoolSnapshot(pool, at, Reachability.UNKNOWN, cause, 0, 0, 0, 0, 0, 0, 0,
                LatencySummary.EMPTY, LatencySummary.EMPTY, LatencySummary.EMPTY, 0);
    }

    /** A pool that was reached but cannot give connections (its database is gone, say). */
    public static PoolSnapshot down(String pool, Instant at, String cause) {
        return new PoolSnapshot(pool, at, Reachability.DOWN, cause, 0, 0, 0, 0, 0, 0, 0,
                LatencySummary.EMPTY, LatencySummary.EMPTY, LatencySummary.EMPTY, 0);
    }

    /** {@code used + idle}. */
    public int total() {
        return used + idle;
    }

    /** Used connections as a fraction of the maximum, 0 when the maximum is unknown. */
    public double utilisation() {
        return max <= 0 ? 0 : (double) used / max;
    }

    public boolean reachable() {
        return reachability == Reachability.REACHABLE;
    }
}
