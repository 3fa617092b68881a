package com.wedsync.guardian.bench.pool;

import com.wedsync.guardian.hikari.HikariPoolProbe;
import com.wedsync.guardian.pool.PoolSnapshot;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
import org.openjdk.jmh.infra.Blackhole;

/** One guardian tick over many in-process pools: {@code snapshot()} of every probe. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ProbeSnapshotBenchmark {

    @Param({"500"})
    public int pools;

    private final List<HikariDataSource> dataSources = new ArrayList<>();
    private final List<HikariPoolProbe> probes = new ArrayList<>();
    private final Clock clock = Clock.systemUTC();

    @Setup(Level.Trial)
    public void setUp() throws SQLException {
        for (int i = 0; i < pools; i++) {
            HikariDataSource ds = ObservedPool.newPool(1);
            probes.add(HikariPoolProbe.attach("pool-" + i, ds, clock));
            try (Connection c = ds.getConnection()) {
                c.isValid(1);
            }
            dataSources.add(ds);
        }
    }

    /** Some traffic between ticks so that each snapshot has interval histograms to summarise. */
    @Setup(Level.Invocation)
    public void traffic() throws SQLException {
        for (HikariDataSource ds : dataSources) {
            try (Connection c = ds.getConnection()) {
                c.isValid(1);
            }
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        dataSources.forEach(HikariDataSource::close);
    }

    @Benchmark
    public void tick(Blackhole bh) {
        Instant now = clock.instant();
        for (HikariPoolProbe probe : probes) {
            PoolSnapshot s = probe.snapshot(now);
            bh.consume(s);
        }
    }
}
