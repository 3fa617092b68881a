package com.wedsync.guardian.metrics;

import com.wedsync.guardian.health.HealthStatus;
import com.wedsync.guardian.health.PoolHealth;
import com.wedsync.guardian.metrics.readings.ForecastPoint;
import com.wedsync.guardian.metrics.readings.GuardianReadings;
import com.wedsync.guardian.pool.LatencySummary;
import com.wedsync.guardian.pool.PoolSnapshot;
import com.wedsync.guardian.pool.Reachability;
import com.wedsync.guardian.server.ServerView;
import com.wedsync.guardian.wedding.Criticality;
import com.wedsync.guardian.wedding.Wedding;
import com.wedsync.guardian.wedding.WeddingContext;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** An in-memory read model, as the application keeps one: tests set what the guardian "knows". */
final class MutableReadings implements GuardianReadings {

    static final Instant NOW = Instant.parse("2025-09-06T14:00:00Z");
    /** A wedding whose id and title must never appear in any metric. */
    static final Wedding WEDDING = new Wedding("uid-7f3a-secret-wedding@example.com", "Alice & Bob Harrington",
            NOW.minusSeconds(3600), NOW.plusSeconds(7200), ZoneId.of("Europe/London"), false, 116, 14,
            "Kew Gardens", "google");

    final Map<String, PoolSnapshot> pools = new ConcurrentHashMap<>();
    final Map<String, PoolHealth> health = new ConcurrentHashMap<>();
    final Map<String, ForecastPoint> forecasts = new ConcurrentHashMap<>();
    final Map<String, Duration> calendarAges = new ConcurrentHashMap<>();
    final Map<String, ServerView> servers = new ConcurrentHashMap<>();
    volatile WeddingContext context = WeddingContext.routine(NOW);

    static PoolSnapshot snapshot(String pool, int used, int idle, int max, int pending, long timeoutsTotal, double waitP99Ms) {
        return new PoolSnapshot(pool, NOW, Reachability.REACHABLE, "", used, idle, max, 2, pending, timeoutsTotal, 0,
                new LatencySummary(40, waitP99Ms / 4, waitP99Ms / 2, waitP99Ms, waitP99Ms * 1.5),
                new LatencySummary(40, 12, 30, 45, 60), new LatencySummary(1, 39, 39, 39, 39), 60);
    }

    static WeddingContext weddingInProgress() {
        return new WeddingContext(NOW, Criticality.CRITICAL, true, true, List.of(WEDDING), List.of(WEDDING), List.of(),
                116, 14, Set.of("Kew Gardens"), List.of("a wedding in progress"));
    }

    /** A pool with everything the dashboards need: snapshot, health, forecast. */
    MutableReadings pool(String name, int used, int idle, int max) {
        pools.put(name, snapshot(name, used, idle, max, 1, 0, 80));
        health.put(name, new PoolHealth(name, NOW, HealthStatus.DEGRADED, List.of()));
        forecasts.put(name, new ForecastPoint(name, used + 2, used, used + 6));
        return this;
    }

    MutableReadings everything() {
        pool("orders", 7, 3, 20);
        servers.put("main", new ServerView("main", NOW, true, "", 100, 3, Map.of("active", 20, "idle", 10), Map.of("app", 30)));
        calendarAges.put("google", Duration.ofSeconds(42));
        context = weddingInProgress();
        return this;
    }

    @Override
    public Collection<PoolSnapshot> pools() {
        return pools.values();
    }

    @Override
    public Map<String, PoolHealth> health() {
        return health;
    }

    @Override
    public WeddingContext context() {
        return context;
    }

    @Override
    public Collection<ForecastPoint> forecasts() {
        return forecasts.values();
    }

    @Override
    public Map<String, Duration> calendarAges() {
        return calendarAges;
    }

    @Override
    public Collection<ServerView> servers() {
        return servers.values();
    }
}
