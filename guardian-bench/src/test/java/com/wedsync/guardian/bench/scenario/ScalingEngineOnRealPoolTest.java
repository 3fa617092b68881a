package com.wedsync.guardian.bench.scenario;

import com.wedsync.guardian.hikari.HikariPoolProbe;
import com.wedsync.guardian.hikari.HikariPoolResizer;
import com.wedsync.guardian.pool.PoolSize;
import com.wedsync.guardian.pool.PoolSnapshot;
import com.wedsync.guardian.scaling.AuditEntry;
import com.wedsync.guardian.scaling.AuditOutcome;
import com.wedsync.guardian.scaling.AuditLog;
import com.wedsync.guardian.scaling.Decision;
import com.wedsync.guardian.scaling.ManagedPool;
import com.wedsync.guardian.scaling.Outcome;
import com.wedsync.guardian.scaling.Overrides;
import com.wedsync.guardian.scaling.ScalingEngine;
import com.wedsync.guardian.scaling.ScalingMode;
import com.wedsync.guardian.scaling.ScalingPolicy;
import com.wedsync.guardian.scaling.TickInput;
import com.wedsync.guardian.scaling.VerificationPolicy;
import com.wedsync.guardian.server.ServerView;
import com.wedsync.guardian.testing.Eventually;
import com.wedsync.guardian.wedding.WeddingContext;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/** The engine on a real HikariCP pool against the real PostgreSQL, through the guardian-hikari probe and resizer (issue 5). */
class ScalingEngineOnRealPoolTest {

    private static final String URL = "jdbc:postgresql://127.0.0.1:5432/test";
    private static final Instant T0 = Instant.parse("2026-06-13T03:00:00Z");
    private static final Duration PATIENCE = Duration.ofSeconds(10);
    private static final Duration EVERY = Duration.ofMillis(2);

    private HikariDataSource ds;
    private HikariPoolProbe probe;
    private ScalingEngine engine;
    private ServerReader server;
    private final AuditLog audit = AuditLog.inMemory();
    private final ExecutorService workers = Executors.newFixedThreadPool(12);
    private final AtomicBoolean busy = new AtomicBoolean(true);
    private final AtomicLong served = new AtomicLong();
    private Instant now = T0;

    @BeforeEach
    void start() throws SQLException {
        HikariConfig c = new HikariConfig();
        c.setJdbcUrl(URL);
        c.setUsername("postgres");
        c.setPoolName("orders-scaling-it");
        c.setMaximumPoolSize(4);
        c.setMinimumIdle(2);
        c.setConnectionTimeout(2_000);
        ds = new HikariDataSource(c);
        probe = HikariPoolProbe.attach("orders", ds, Clock.systemUTC());
        server = new ServerReader("main", URL, "postgres", null);
        ScalingPolicy policy = ScalingPolicy.builder().mode(ScalingMode.ENFORCE).floor(2).ceiling(20).saturationCeiling(20)
                .maxStep(20).cooldown(Duration.ZERO).scaleDownWindow(Duration.ofMinutes(5))
                .verification(VerificationPolicy.defaults().withWarmUp(Duration.ofSeconds(10)).withSamples(3)).build();
        engine = new ScalingEngine(Clock.fixed(T0, ZoneOffset.UTC), audit, new Overrides());
        engine.register(new ManagedPool("orders", "main", HikariPoolResizer.of("orders", ds), policy));
    }

    @AfterEach
    void stop() throws Exception {
        busy.set(false);
        workers.shutdownNow();
        workers.awaitTermination(10, TimeUnit.SECONDS);
        server.close();
        ds.close();
    }

    private void load(int threads) {
        for (int i = 0; i < threads; i++) {
            workers.execute(() -> {
                while (busy.get()) {
                    try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
                        s.execute("SELECT pg_sleep(0.05)");
                        served.incrementAndGet();
                    } catch (SQLException e) {
                        served.incrementAndGet();
                    }
                }
            });
        }
    }

    /** Lets real requests happen, then ticks the engine with the simulated clock moved on by {@code step}. */
    private Decision tickAfter(int requests, Duration step) {
        long target = served.get() + requests;
        Eventually.until(PATIENCE, EVERY, "load keeps flowing: " + target + " requests served", served::get, n -> n >= target);
        now = now.plus(step);
        PoolSnapshot s = probe.snapshot(now);
        ServerView view = server.read(now);
        return engine.tick(new TickInput(now, Map.of("orders", s), WeddingContext.routine(now), Map.of("main", view), Map.of())).get(0);
    }

    @Test
    void growsARealPoolUnderPressureAndVerifiesTheGrowth() {
        load(10);
        probe.snapshot(now); // start the first interval
        Decision grow = tickAfter(20, Duration.ofSeconds(5));
        assertThat(grow.outcome()).as(grow.toString()).isEqualTo(Outcome.APPLIED);
        int max = ds.getHikariConfigMXBean().getMaximumPoolSize();
        assertThat(max).isGreaterThanOrEqualTo(10);
        Eventually.until(PATIENCE, EVERY, "at least 10 connections open", () -> ds.getHikariPoolMXBean().getTotalConnections(),
                n -> n >= 10);

        tickAfter(20, Duration.ofSeconds(5)); // warm-up
        Decision last = null;
        for (int i = 0; i < 4 && (last == null || last.outcome() == Outcome.NONE); i++) {
            last = tickAfter(40, Duration.ofSeconds(5));
        }
        assertThat(last.outcome()).as(last.toString()).isIn(Outcome.VERIFIED, Outcome.INCONCLUSIVE);
        assertThat(ds.getHikariConfigMXBean().getMaximumPoolSize()).isEqualTo(max);
    }

    @Test
    void aDeliberatelyBadShrinkIsRolledBackToTheRecordedPreviousSize() {
        load(8);
        probe.snapshot(now);
        // Let the engine size the pool for the load first and keep it.
        tickAfter(20, Duration.ofSeconds(5));
        Eventually.await(PATIENCE, EVERY, "no thread awaiting a connection and at least 8 connections open",
                () -> ds.getHikariPoolMXBean().getThreadsAwaitingConnection() == 0
                        && ds.getHikariPoolMXBean().getTotalConnections() >= 8);
        Decision settled = null;
        for (int i = 0; i < 5 && (settled == null || settled.outcome() != Outcome.VERIFIED); i++) {
            settled = tickAfter(40, Duration.ofSeconds(5));
        }
        PoolSize good = new PoolSize(ds.getHikariConfigMXBean().getMaximumPoolSize(), ds.getHikariConfigMXBean().getMinimumIdle());

        // An operator's bad idea: 2 connections for 8 busy threads.
        now = now.plus(Duration.ofSeconds(5));
        Decision bad = engine.requestResize("orders", new PoolSize(2, 1), "bob", "save connections",
                new TickInput(now, Map.of("orders", probe.snapshot(now)), WeddingContext.routine(now), Map.of("main", server.read(now)), Map.of()));
        assertThat(bad.outcome()).as(bad.toString()).isEqualTo(Outcome.APPLIED);
        assertThat(ds.getHikariConfigMXBean().getMaximumPoolSize()).isEqualTo(2);

        Decision d = null;
        for (int i = 0; i < 12 && (d == null || d.outcome() != Outcome.ROLLED_BACK); i++) {
            d = tickAfter(10, Duration.ofSeconds(5));
        }
        assertThat(d.outcome()).as(d.toString()).isEqualTo(Outcome.ROLLED_BACK);
        assertThat(d.reason()).contains("made things worse").contains("wait p99");
        assertThat(ds.getHikariConfigMXBean().getMaximumPoolSize()).isEqualTo(good.max());
        List<String> outcomes = audit.since(Instant.EPOCH, 100).stream().map(e -> e.outcome().label()).toList();
        assertThat(outcomes).contains("applied", "rolled-back");
        List<AuditEntry> entries = audit.since(Instant.EPOCH, 100);
        assertThat(entries).filteredOn(e -> e.reason().contains("manual resize by bob")).extracting(AuditEntry::actor)
                .as("the person behind the manual resize is the one audited").containsOnly("bob");
        assertThat(entries).filteredOn(e -> e.outcome() == AuditOutcome.ROLLED_BACK).extracting(AuditEntry::actor)
                .containsOnly(AuditEntry.ENGINE);
    }
}
