package com.wedsync.guardian.hikari;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Opens the connections a grow asks for now, several at once. Left alone, HikariCP opens a raised
 * minimum idle at its housekeeper's next run (every 30 s) and then one connection at a time, each
 * followed by a 30 ms pause (docs/pools-and-database.md: about 39 ms per connection). A fill asks the pool's own
 * connection adder for them at once ({@link HikariPool#addBagItem}, public) and, while it runs, gives
 * that adder {@code parallelism} threads, as HikariCP's own initial fill does. HikariCP checks "below
 * the maximum?" before it opens a connection, not atomically with it, so concurrent openings near the
 * maximum could pass it together: the last {@code 3 × parallelism} connections are opened one at a
 * time again (the adder back at its single thread), which leaves room for the openings in flight and
 * for this watcher to look late. The adder also gets its thread back when the floor is met, the pool
 * is closed, or the deadline passes. Without reflection (another HikariCP version) the fill still
 * starts at once, one at a time.
 */
final class ConnectionFill implements Runnable {

    private static final ScheduledExecutorService WATCH = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "guardian-connection-fill");
        t.setDaemon(true);
        return t;
    });
    private static final long PERIOD_MS = 5;
    /** The last SERIAL_TAIL × parallelism connections are opened one at a time. */
    private static final int SERIAL_TAIL = 3;
    /** One fill per pool at a time: it reads the pool's settings every round, so a later raise joins it. */
    private static final Set<HikariPool> ACTIVE = ConcurrentHashMap.newKeySet();

    private final HikariDataSource ds;
    private final HikariPool pool;
    private final Optional<ThreadPoolExecutor> adder;
    private final int parallelism;
    private final long deadline;
    private final int previousCore;
    private final int previousMax;

    private ConnectionFill(HikariDataSource ds, HikariPool pool, Optional<ThreadPoolExecutor> adder, int parallelism, Duration timeout) {
        this.ds = ds;
        this.pool = pool;
        this.adder = adder;
        this.parallelism = adder.isPresent() ? parallelism : 1;
        this.deadline = System.nanoTime() + timeout.toNanos();
        this.previousCore = adder.map(ThreadPoolExecutor::getCorePoolSize).orElse(1);
        this.previousMax = adder.map(ThreadPoolExecutor::getMaximumPoolSize).orElse(1);
    }

    /** Starts filling {@code ds} up to its current minimum idle (within its maximum); returns at once. */
    static void start(HikariDataSource ds, int parallelism, Duration timeout) {
        start(ds, parallelism, timeout, PoolInternals.HIKARI);
    }

    /** As {@link #start(HikariDataSource, int, Duration)}, reading the pool's internals through {@code internals}. */
    static void start(HikariDataSource ds, int parallelism, Duration timeout, PoolInternals internals) {
        if (!(ds.getHikariPoolMXBean() instanceof HikariPool pool) || missing(ds, pool) <= 0 || !ACTIVE.add(pool)) {
            return;
        }
        WATCH.execute(new ConnectionFill(ds, pool, internals.connectionAdder(pool), parallelism, timeout));
    }

    /** Connections still to open: idle below the minimum, within the maximum. */
    static int missing(HikariDataSource ds, HikariPool pool) {
        int max = ds.getHikariConfigMXBean().getMaximumPoolSize();
        int minIdle = ds.getHikariConfigMXBean().getMinimumIdle();
        return Math.min(minIdle - pool.getIdleConnections(), max - pool.getTotalConnections());
    }

    @Override
    public void run() {
        int missing = ds.isClosed() ? 0 : missing(ds, pool);
        if (missing <= 0 || System.nanoTime() > deadline) {
            narrow();
            ACTIVE.remove(pool);
            if (System.nanoTime() <= deadline && !ds.isClosed() && missing(ds, pool) > 0 && ACTIVE.add(pool)) {
                WATCH.execute(this); // raised again between the last look and now
            }
            return;
        }
        int concurrent = 1;
        if (missing <= SERIAL_TAIL * parallelism) {
            narrow();
        } else {
            widen();
            concurrent = parallelism;
        }
        int inFlight = adder.map(a -> a.getActiveCount() + a.getQueue().size()).orElse(0);
        for (int i = inFlight; i < Math.min(concurrent, missing); i++) {
            pool.addBagItem(Integer.MAX_VALUE);
        }
        WATCH.schedule(this, PERIOD_MS, TimeUnit.MILLISECONDS);
    }

    private void widen() {
        adder.ifPresent(a -> {
            if (parallelism > a.getMaximumPoolSize()) {
                a.setMaximumPoolSize(parallelism);
                a.setCorePoolSize(parallelism);
            }
        });
    }

    private void narrow() {
        adder.ifPresent(a -> {
            if (a.getCorePoolSize() > previousCore) {
                a.setCorePoolSize(previousCore);
                a.setMaximumPoolSize(previousMax);
            }
        });
    }
}
