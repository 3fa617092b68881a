package com.wedsync.guardian.app.api;

import com.wedsync.guardian.app.runtime.PoolStatus;
import com.wedsync.guardian.health.HealthReason;
import com.wedsync.guardian.health.PoolFigures;
import com.wedsync.guardian.health.PoolHealth;
import com.wedsync.guardian.pool.LatencySummary;
import com.wedsync.guardian.pool.PoolSnapshot;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One pool as {@code GET /api/pools} shows it: its latest snapshot, its health with reasons, and the wedding
 * context as it applies to this pool; {@code database} is null for a pool watched without its server's view.
 */
public record PoolDoc(String name, Optional<String> database, Snapshot snapshot, Optional<Health> health,
                      ContextDoc context) {

    public static PoolDoc of(PoolStatus p) {
        return new PoolDoc(p.name(), Optional.ofNullable(p.database()), Snapshot.of(p.snapshot()),
                Optional.ofNullable(p.health()).map(Health::of), ContextDoc.of(p.context()));
    }

    /** The OpenTelemetry {@code db.client.connection.*} quantities at one instant. */
    public record Snapshot(String pool, Instant at, String reachability, String cause, int used, int idle, int max,
                           int minIdle, int pending, long timeoutsTotal, long timeoutsInterval, Latency waitTime,
                           Latency useTime, Latency createTime, long longestHeldMs) {

        static Snapshot of(PoolSnapshot s) {
            return new Snapshot(s.pool(), s.at(), s.reachability().name(), s.cause(), s.used(), s.idle(), s.max(),
                    s.minIdle(), s.pending(), s.timeoutsTotal(), s.timeoutsInterval(), Latency.of(s.waitTime()),
                    Latency.of(s.useTime()), Latency.of(s.createTime()), s.longestHeldMs());
        }
    }

    /** Percentiles over the interval, in milliseconds. */
    public record Latency(long count, double p50Ms, double p95Ms, double p99Ms, double maxMs) {

        static Latency of(LatencySummary l) {
            return new Latency(l.count(), l.p50Ms(), l.p95Ms(), l.p99Ms(), l.maxMs());
        }
    }

    /** The pool's health, why, and the figures it was judged on. */
    public record Health(String pool, Instant at, String status, List<Reason> reasons, Figures figures) {

        static Health of(PoolHealth h) {
            return new Health(h.pool(), h.at(), h.status().name(),
                    h.reasons().stream().map(Reason::of).toList(), Figures.of(h.figures()));
        }
    }

    /** One condition that set the health. */
    public record Reason(String condition, String status, String message) {

        static Reason of(HealthReason r) {
            return new Reason(r.condition(), r.status().name(), r.message());
        }
    }

    /** The figures behind the health; {@code window} is ISO-8601 (PT1M), -1 where a figure is not known. */
    public record Figures(int used, int max, int pending, double waitP99Ms, long timeouts, int demandChange,
                          Duration window, long longestHeldMs, int dbFree, int dbUsable) {

        static Figures of(PoolFigures f) {
            return new Figures(f.used(), f.max(), f.pending(), f.waitP99Ms(), f.timeouts(), f.demandChange(),
                    f.window(), f.longestHeldMs(), f.dbFree(), f.dbUsable());
        }
    }
}
