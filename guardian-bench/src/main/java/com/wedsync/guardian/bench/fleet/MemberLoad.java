package com.wedsync.guardian.bench.fleet;

import com.zaxxer.hikari.HikariDataSource;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * A member's demand: {@code threads} loops, each taking a connection, holding it for a short query, giving it back.
 * Counts timeouts and {@code too many clients} refusals, and keeps the wait for a connection in 1 ms buckets.
 */
final class MemberLoad implements AutoCloseable {

    private static final int BUCKETS = 5_000;
    private static final String TOO_MANY_CLIENTS = "53300";

    private final HikariDataSource pool;
    private final ExecutorService threads;
    private final AtomicLongArray waits = new AtomicLongArray(BUCKETS + 1);
    final AtomicLong requests = new AtomicLong();
    final AtomicLong timeouts = new AtomicLong();
    final AtomicLong tooManyClients = new AtomicLong();
    private volatile boolean running = true;

    MemberLoad(HikariDataSource pool, int threads, long holdMillis) {
        this.pool = pool;
        this.threads = Executors.newFixedThreadPool(threads);
        String hold = "SELECT pg_sleep(" + holdMillis / 1000.0 + ")";
        for (int i = 0; i < threads; i++) {
            this.threads.submit(() -> loop(hold));
        }
    }

    private void loop(String hold) {
        while (running) {
            long t0 = System.nanoTime();
            try (Connection c = pool.getConnection()) {
                waits.incrementAndGet((int) Math.min(BUCKETS, (System.nanoTime() - t0) / 1_000_000));
                requests.incrementAndGet();
                try (Statement s = c.createStatement()) {
                    s.execute(hold);
                }
            } catch (SQLException e) {
                if (TOO_MANY_CLIENTS.equals(e.getSQLState()) || String.valueOf(e.getMessage()).contains("too many clients")) {
                    tooManyClients.incrementAndGet();
                } else if (running) {
                    timeouts.incrementAndGet();
                }
            } catch (RuntimeException e) {
                timeouts.incrementAndGet();
            }
        }
    }

    /** The 99th percentile wait for a connection so far, in milliseconds. */
    long p99WaitMillis() {
        long total = 0;
        for (int i = 0; i <= BUCKETS; i++) {
            total += waits.get(i);
        }
        long seen = 0;
        for (int i = 0; i <= BUCKETS; i++) {
            seen += waits.get(i);
            if (seen >= Math.ceil(total * 0.99)) {
                return i;
            }
        }
        return 0;
    }

    @Override
    public void close() {
        running = false;
        threads.shutdownNow();
    }
}
