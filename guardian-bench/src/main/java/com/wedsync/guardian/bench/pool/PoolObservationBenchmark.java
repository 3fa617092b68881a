package com.wedsync.guardian.bench.pool;

import com.wedsync.guardian.hikari.VirtualThreads;
import com.zaxxer.hikari.HikariDataSource;
import java.io.Closeable;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;

/**
 * What observing a pool costs its hot path: {@code getConnection()} + {@code close()} on HikariCP over
 * in-memory H2, bare and under each observer, in one run so the figures compare: on 1 and 2 platform
 * threads, and each borrow on a new virtual thread ({@link #virtualThreads}, Java 21 or later).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class PoolObservationBenchmark {

    // More connections than benchmark threads: the benchmark measures the hot path, not waiting.
    private static final int POOL_SIZE = 4;

    @Param({"BARE", "NOOP_TRACKER", "GUARDIAN", "MICROMETER", "FLEXYPOOL"})
    public String observer;

    private HikariDataSource pool;
    private DataSource dataSource;
    private Optional<ThreadFactory> virtual;
    private final AtomicReference<Exception> virtualFailure = new AtomicReference<>();
    private Runnable virtualBorrow;

    @Setup(Level.Trial)
    public void setUp() throws SQLException {
        pool = ObservedPool.newPool(POOL_SIZE);
        dataSource = ObservedPool.valueOf(observer).observe(pool);
        try (Connection warm = dataSource.getConnection()) {
            warm.isValid(1);
        }
        virtual = VirtualThreads.factory();
        virtualBorrow = () -> {
            try {
                borrowAndClose();
            } catch (SQLException | RuntimeException e) {
                virtualFailure.compareAndSet(null, e);
            }
        };
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        if (dataSource instanceof Closeable c && dataSource != pool) {
            c.close();
        }
        pool.close();
    }

    @Benchmark
    @Threads(1)
    public Connection oneThread() throws SQLException {
        return borrowAndClose();
    }

    @Benchmark
    @Threads(2)
    public Connection twoThreads() throws SQLException {
        return borrowAndClose();
    }

    /**
     * Each borrow on a new virtual thread, {@value #POOL_SIZE} at a time (as many as the pool holds),
     * as in a service that runs each request on its own virtual thread; per borrow.
     */
    @Benchmark
    @Threads(1)
    @OperationsPerInvocation(POOL_SIZE)
    public void virtualThreads() throws Exception {
        ThreadFactory factory = virtual.orElseThrow(() -> new IllegalStateException(VirtualThreads.MISSING));
        Thread[] batch = new Thread[POOL_SIZE];
        for (int i = 0; i < POOL_SIZE; i++) {
            batch[i] = factory.newThread(virtualBorrow);
            batch[i].start();
        }
        for (Thread t : batch) {
            t.join();
        }
        Exception failed = virtualFailure.get();
        if (failed != null) {
            throw failed;
        }
    }

    private Connection borrowAndClose() throws SQLException {
        Connection c = dataSource.getConnection();
        c.close();
        return c;
    }
}
