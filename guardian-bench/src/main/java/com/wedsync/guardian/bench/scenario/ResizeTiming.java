package com.wedsync.guardian.bench.scenario;

import com.wedsync.guardian.hikari.HikariPoolResizer;
import com.wedsync.guardian.pool.PoolResizer.ResizeException;
import com.wedsync.guardian.pool.PoolSize;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

/**
 * Time from a resize decision to capacity in place, on the real database: 10 → 40 under 40 busy
 * threads (until 40 connections are open), then 40 → 10 once the load has stopped (until at most
 * 10 remain). Each poll has a 30 s deadline; a figure of -1 means it was not reached.
 */
public final class ResizeTiming {

    public record Result(long grow10to40Ms, long shrink40to10Ms) {
    }

    private ResizeTiming() {
    }

    static Result measure(ScenarioConfig config) throws InterruptedException {
        HikariConfig hc = new HikariConfig();
        hc.setJdbcUrl(config.url());
        hc.setUsername(config.user());
        if (config.password() != null) {
            hc.setPassword(config.password());
        }
        hc.setPoolName("scenario-resize");
        hc.setMaximumPoolSize(10);
        hc.setMinimumIdle(10);
        hc.setConnectionTimeout(30_000);
        AtomicBoolean busy = new AtomicBoolean(true);
        ExecutorService threads = Executors.newFixedThreadPool(40);
        try (HikariDataSource ds = new HikariDataSource(hc)) {
            HikariPoolResizer resizer = HikariPoolResizer.of(ds.getPoolName(), ds);
            for (int i = 0; i < 40; i++) {
                threads.execute(() -> {
                    while (busy.get()) {
                        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
                            s.execute("SELECT pg_sleep(0.05)");
                        } catch (SQLException e) {
                            return;
                        }
                    }
                });
            }
            waitUntil(() -> ds.getHikariPoolMXBean().getThreadsAwaitingConnection() > 0, 30_000);
            long t0 = System.nanoTime();
            resizer.resize(new PoolSize(40, 40));
            long grow = waitUntil(() -> ds.getHikariPoolMXBean().getTotalConnections() >= 40, 30_000) ? ms(t0) : -1;
            busy.set(false);
            threads.shutdown();
            threads.awaitTermination(30, TimeUnit.SECONDS);
            long t1 = System.nanoTime();
            resizer.resize(new PoolSize(10, 10));
            resizer.softEvictIdle();
            long shrink = waitUntil(() -> {
                if (ds.getHikariPoolMXBean().getTotalConnections() > 10) {
                    ds.getHikariPoolMXBean().softEvictConnections();
                    return false;
                }
                return true;
            }, 30_000) ? ms(t1) : -1;
            return new Result(grow, shrink);
        } catch (ResizeException e) {
            return new Result(-1, -1);
        } finally {
            busy.set(false);
            threads.shutdownNow();
        }
    }

    private static long ms(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }

    private static boolean waitUntil(java.util.function.BooleanSupplier c, long timeoutMs) {
        long deadline = System.nanoTime() + timeoutMs * 1_000_000;
        while (System.nanoTime() < deadline) {
            if (c.getAsBoolean()) {
                return true;
            }
            LockSupport.parkNanos(5_000_000);
        }
        return false;
    }
}
