package com.wedsync.guardian.bench;

import com.wedsync.guardian.health.HealthAssessor;
import com.wedsync.guardian.health.HealthThresholds;
import com.wedsync.guardian.health.PoolHealth;
import com.wedsync.guardian.health.SnapshotWindow;
import com.wedsync.guardian.pool.LatencySummary;
import com.wedsync.guardian.pool.PoolSnapshot;
import com.wedsync.guardian.pool.Reachability;
import com.wedsync.guardian.server.ServerView;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One tick of health assessment for 500 pools (the foundation target: snapshot + assessment of
 * 500 pools within 5 ms). Each pool's window holds 30 s of one-per-second snapshots; one pool in
 * ten is saturated and one in twenty waits slowly, so reasons and messages are built too.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class HealthAssessmentBenchmark {

    private static final int POOLS = 500;
    private static final Instant START = Instant.parse("2026-09-05T14:00:00Z");

    private final HealthAssessor assessor = new HealthAssessor(HealthThresholds.defaults());
    private String[] names;
    private SnapshotWindow[] windows;
    private ServerView view;
    private Instant now;
    private long second;

    @Setup(Level.Trial)
    public void fill() {
        names = new String[POOLS];
        windows = new SnapshotWindow[POOLS];
        for (int p = 0; p < POOLS; p++) {
            names[p] = "pool-" + p;
            windows[p] = assessor.newWindow(names[p]);
        }
        for (second = 0; second < 31; second++) {
            appendAll(START.plusSeconds(second));
        }
        now = START.plusSeconds(second - 1);
        view = new ServerView("main", now, true, "", 1_000, 3, Map.of("active", 400, "idle", 300), Map.of("app", 700));
    }

    /** Assessment alone over full windows. */
    @Benchmark
    public void assess500(Blackhole bh) {
        for (SnapshotWindow w : windows) {
            bh.consume(assessor.assess(w, view, now));
        }
    }

    /** A whole tick: each pool's new snapshot appended (evicting the oldest), then every pool assessed. */
    @Benchmark
    public void appendAndAssess500(Blackhole bh) {
        now = START.plusSeconds(second++);
        appendAll(now);
        view = new ServerView("main", now, true, "", 1_000, 3, Map.of("active", 400, "idle", 300), Map.of("app", 700));
        for (SnapshotWindow w : windows) {
            PoolHealth health = assessor.assess(w, view, now);
            bh.consume(health);
        }
    }

    private void appendAll(Instant at) {
        for (int p = 0; p < POOLS; p++) {
            windows[p].append(snapshot(names[p], p, at));
        }
    }

    private static PoolSnapshot snapshot(String name, int pool, Instant at) {
        boolean saturated = pool % 10 == 0;
        boolean slow = pool % 20 == 1;
        int used = saturated ? 20 : 6;
        LatencySummary wait = new LatencySummary(120, 0.2, slow ? 80 : 0.5, slow ? 250 : 0.9, slow ? 400 : 2);
        return new PoolSnapshot(name, at, Reachability.REACHABLE, "", used, 20 - used, 20, 5,
                saturated ? 3 : 0, 0, 0, wait, LatencySummary.EMPTY, LatencySummary.EMPTY, 1_500);
    }
}
