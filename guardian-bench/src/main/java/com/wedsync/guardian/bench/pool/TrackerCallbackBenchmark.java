package com.wedsync.guardian.bench.pool;

import com.wedsync.guardian.hikari.HikariPoolProbe;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.IMetricsTracker;
import com.zaxxer.hikari.metrics.PoolStats;
import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;

/**
 * The two callbacks one borrow costs (acquired nanos, then usage millis), on the tracker alone: the
 * pool's own work is left out, so this isolates what each tracker adds to a borrow, with less noise
 * than {@link PoolObservationBenchmark} on a busy machine.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class TrackerCallbackBenchmark {

    @Param({"NOOP_TRACKER", "GUARDIAN", "HDR_RECORDER", "MICROMETER"})
    public String tracker;

    private IMetricsTracker callbacks;
    private HikariDataSource unused;

    @Setup(Level.Trial)
    public void setUp() {
        PoolStats stats = new PoolStats(1_000) {
            @Override
            protected void update() {
                // no pool behind it: the gauges are not what is measured here
            }
        };
        switch (tracker) {
            case "NOOP_TRACKER" -> callbacks = new IMetricsTracker() { };
            case "GUARDIAN" -> {
                // The guardian's tracker exactly as a pool would get it: from the factory attach() installs.
                unused = ObservedPool.newPool(1);
                HikariPoolProbe.attach("bench", unused, Clock.systemUTC());
                callbacks = unused.getMetricsTrackerFactory().create("bench", stats);
            }
            case "HDR_RECORDER" -> callbacks = new RecorderTracker();
            case "MICROMETER" -> callbacks = new MicrometerMetricsTrackerFactory(new SimpleMeterRegistry()).create("bench", stats);
            default -> throw new IllegalArgumentException("tracker must be NOOP_TRACKER, GUARDIAN, HDR_RECORDER or MICROMETER, but was " + tracker);
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        callbacks.close();
        if (unused != null) {
            unused.close();
        }
    }

    @Benchmark
    @Threads(1)
    public void oneThread() {
        borrow();
    }

    @Benchmark
    @Threads(2)
    public void twoThreads() {
        borrow();
    }

    private void borrow() {
        callbacks.recordConnectionAcquiredNanos(1_500);
        callbacks.recordConnectionUsageMillis(3);
    }
}
