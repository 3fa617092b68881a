package com.wedsync.guardian.hikari;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import javax.sql.DataSource;

/** Drives a pool the way an application would: holds connections, waits for them, borrows in a loop. */
final class Workload implements AutoCloseable {

    private final DataSource ds;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "workload");
        t.setDaemon(true);
        return t;
    });
    private final List<Connection> held = new CopyOnWriteArrayList<>();
    private final AtomicBoolean running = new AtomicBoolean(true);
    final LongAdder failures = new LongAdder();
    final LongAdder successes = new LongAdder();

    Workload(DataSource ds) {
        this.ds = ds;
    }

    /** Borrows {@code n} connections on this thread and keeps them until {@link #release}. */
    void hold(int n) throws SQLException {
        for (int i = 0; i < n; i++) {
            held.add(ds.getConnection());
        }
    }

    void release() throws SQLException {
        for (Connection c : held) {
            c.close();
        }
        held.clear();
    }

    /** Starts {@code n} threads that each try once to borrow (and release at once). */
    List<Future<Boolean>> tryBorrowOnce(int n) {
        List<Future<Boolean>> results = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            results.add(threads.submit(() -> {
                try (Connection c = ds.getConnection()) {
                    return true;
                } catch (SQLException timedOut) {
                    return false;
                }
            }));
        }
        return results;
    }

    /** Starts {@code n} threads that borrow, run a query and release, until closed. */
    void loop(int n) {
        loop(n, "SELECT 1");
    }

    /** Starts {@code n} threads that borrow, run {@code sql} and release, until closed. */
    void loop(int n, String sql) {
        for (int i = 0; i < n; i++) {
            threads.submit(() -> {
                while (running.get()) {
                    try (Connection c = ds.getConnection()) {
                        c.createStatement().execute(sql);
                        successes.increment();
                    } catch (SQLException e) {
                        failures.increment();
                    }
                }
            });
        }
    }

    @Override
    public void close() throws Exception {
        running.set(false);
        release();
        threads.shutdown();
        threads.awaitTermination(10, TimeUnit.SECONDS);
    }
}
