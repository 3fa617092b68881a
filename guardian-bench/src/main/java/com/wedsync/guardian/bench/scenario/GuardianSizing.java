package com.wedsync.guardian.bench.scenario;

import com.wedsync.guardian.forecast.Forecast;
import com.wedsync.guardian.hikari.HikariPoolResizer;
import com.wedsync.guardian.pool.LatencySummary;
import com.wedsync.guardian.pool.PoolSnapshot;
import com.wedsync.guardian.pool.Reachability;
import com.wedsync.guardian.scaling.AuditEntry;
import com.wedsync.guardian.scaling.AuditOutcome;
import com.wedsync.guardian.scaling.AuditLog;
import com.wedsync.guardian.scaling.ManagedPool;
import com.wedsync.guardian.scaling.Overrides;
import com.wedsync.guardian.scaling.ScalingEngine;
import com.wedsync.guardian.scaling.ScalingMode;
import com.wedsync.guardian.scaling.ScalingPolicy;
import com.wedsync.guardian.scaling.TickInput;
import com.wedsync.guardian.scaling.VerificationPolicy;
import com.wedsync.guardian.server.ServerView;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

/** The guardian's engine in enforce mode, on simulated time: the forecast pre-warms, live pressure corrects. */
final class GuardianSizing implements SizingController {

    static final String POOL = "scenario-guardian";
    static final String DATABASE = "scenario";

    private final ScenarioDay day;
    private final ScenarioConfig config;
    private final AuditLog audit = AuditLog.inMemory();
    private final Forecast forecast;
    private ScalingEngine engine;

    private final double perConnectionMs;

    /** {@code perConnectionMs}: the creation time measured on this database, when known (else the 39 ms of docs/pools-and-database.md). */
    GuardianSizing(ScenarioDay day, ScenarioConfig config, double perConnectionMs) {
        this.day = day;
        this.config = config;
        this.perConnectionMs = perConnectionMs > 0 ? perConnectionMs : 39;
        this.forecast = day.forecast(POOL);
    }

    Forecast forecast() {
        return forecast;
    }

    @Override
    public String name() {
        return "guardian";
    }

    /** Every duration in simulated time: the real creation time stretched by the compression. */
    ScalingPolicy policy() {
        double f = config.compression();
        return ScalingPolicy.builder().mode(ScalingMode.ENFORCE).floor(2).ceiling(config.saturationCeiling())
                .saturationCeiling(config.saturationCeiling()).maxStep(40)
                .connectionCreateTime(Duration.ofMillis((long) (perConnectionMs * f))).leadBuffer(Duration.ofMinutes(2))
                .scaleDownWindow(Duration.ofMinutes(5)).cooldown(Duration.ofSeconds(30))
                .verification(VerificationPolicy.defaults().withWarmUp(Duration.ofSeconds(10)).withSamples(3))
                .build();
    }

    @Override
    public void configure(HikariConfig c, int staticSize) {
        SizingController.super.configure(c, staticSize);
    }

    @Override
    public void tick(HikariDataSource ds, Instant sim, LoadDriver.Interval iv, long timeoutsTotal, ServerView view) {
        if (engine == null) {
            engine = new ScalingEngine(Clock.fixed(sim, ZoneOffset.UTC), audit, new Overrides());
            engine.register(new ManagedPool(POOL, DATABASE, HikariPoolResizer.of(ds.getPoolName(), ds), policy()));
        }
        HikariPoolMXBean mx = ds.getHikariPoolMXBean();
        PoolSnapshot snap = new PoolSnapshot(POOL, sim, Reachability.REACHABLE, "", mx.getActiveConnections(), mx.getIdleConnections(),
                ds.getHikariConfigMXBean().getMaximumPoolSize(), ds.getHikariConfigMXBean().getMinimumIdle(),
                mx.getThreadsAwaitingConnection(), timeoutsTotal, iv.timeouts(),
                new LatencySummary(iv.requests(), iv.waitP50Ms(), iv.waitP95Ms(), iv.waitP99Ms(), iv.waitMaxMs()),
                new LatencySummary(iv.uses(), iv.useP99Ms(), iv.useP99Ms(), iv.useP99Ms(), iv.useP99Ms()), LatencySummary.EMPTY, 0);
        engine.tick(new TickInput(sim, Map.of(POOL, snap), day.context(sim), Map.of(DATABASE, view), Map.of(POOL, forecast)));
    }

    private long count(AuditOutcome outcome) {
        return audit.since(Instant.EPOCH, Integer.MAX_VALUE).stream().map(AuditEntry::outcome).filter(outcome::equals).count();
    }

    @Override
    public int actions() {
        return (int) (count(AuditOutcome.APPLIED) + count(AuditOutcome.ROLLED_BACK));
    }

    @Override
    public int blockedActions() {
        return (int) count(AuditOutcome.BLOCKED);
    }

    AuditLog audit() {
        return audit;
    }
}
