package com.wedsync.guardian.bench.fleet;

import com.wedsync.guardian.fleet.DatabaseReport;
import com.wedsync.guardian.fleet.Heartbeat;
import com.wedsync.guardian.fleet.PoolReport;
import com.wedsync.guardian.jdbc.fleet.FleetStore;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Many instances in one JVM, each heartbeating its pools against the real store once per tick, as a fleet
 * would: what the store takes (heartbeats and rows written per second), how long one heartbeat (with its
 * reservations) takes, and how that grows with the fleet. The pools spread over {@code databases} databases;
 * every heartbeat on one database waits for that database's budget row (held for the caller's own rows only), and the
 * duty holder reads every live pool once a tick (without the lock).
 */
public final class FleetSimulation {

    /** Rows one heartbeat writes: the instance, per pool its row (with its grant), and per database its budget row. */
    static int rowsPerBeat(int pools, int databases) {
        return 1 + pools + Math.min(pools, databases);
    }

    public record Step(int instances, int pools, int databases, long beats, long failures, double beatsPerSecond,
                       double rowsPerSecond, double p50Ms, double p99Ms, double keptUp) {

        String line() {
            return String.format(Locale.ROOT, "%5d instances x %d pools on %d database(s): %8.1f heartbeats/s, %8.0f rows/s,"
                            + " heartbeat p50 %6.1f ms p99 %7.1f ms, %4.0f%% of the heartbeats due, %d failed", instances, pools,
                    databases, beatsPerSecond, rowsPerSecond, p50Ms, p99Ms, keptUp * 100, failures);
        }
    }

    private FleetSimulation() {
    }

    /** One step: {@code instances} simulated instances, each beating every {@code tick} for {@code duration}. */
    public static Step run(javax.sql.DataSource store, int instances, int pools, int databases, Duration tick, Duration duration,
                           int threads) throws InterruptedException {
        FleetStore fleet = new FleetStore(store);
        List<long[]> latencies = new ArrayList<>();
        AtomicLong failures = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        List<java.util.concurrent.Future<long[]>> runs = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int first = t;
            runs.add(pool.submit(() -> {
                long[] mine = new long[1 << 16];
                int n = 0;
                long nextTick = System.nanoTime();
                while (System.nanoTime() < end) {
                    for (int i = first; i < instances; i += threads) {
                        long t0 = System.nanoTime();
                        try {
                            fleet.beat(heartbeat(i, pools, databases));
                        } catch (RuntimeException e) {
                            failures.incrementAndGet();
                        }
                        if (n < mine.length) {
                            mine[n++] = System.nanoTime() - t0;
                        }
                    }
                    nextTick += tick.toNanos();
                    long wait = nextTick - System.nanoTime();
                    if (wait > 0) {
                        TimeUnit.NANOSECONDS.sleep(wait);
                    }
                }
                return Arrays.copyOf(mine, n);
            }));
        }
        for (var r : runs) {
            try {
                latencies.add(r.get());
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException("simulated instance failed: " + e.getCause(), e.getCause());
            }
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - start) / 1e9;
        long[] all = latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        long beats = all.length;
        double perSecond = beats / seconds;
        double wanted = instances / (tick.toNanos() / 1e9);
        return new Step(instances, pools, databases, beats, failures.get(), perSecond, perSecond * rowsPerBeat(pools, databases),
                percentile(all, 0.50) / 1e6, percentile(all, 0.99) / 1e6, perSecond / wanted);
    }

    private static Heartbeat heartbeat(int instance, int pools, int databases) {
        List<PoolReport> ps = new ArrayList<>();
        List<DatabaseReport> dbs = new ArrayList<>();
        for (int p = 0; p < pools; p++) {
            String db = "db" + (p % databases);
            ps.add(new PoolReport("pool" + p, db, 10, 2, 10, 10, 12 + (instance + p) % 8, 1 + p % 3, 1 + instance % 4));
        }
        for (int d = 0; d < Math.min(pools, databases); d++) {
            dbs.add(new DatabaseReport("db" + d, true, 5_000, 3, 5, 10 * pools * 200 / databases));
        }
        return new Heartbeat("sim-" + instance, Duration.ofSeconds(30), ps, dbs);
    }

    private static double percentile(long[] sorted, double q) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)];
    }
}
