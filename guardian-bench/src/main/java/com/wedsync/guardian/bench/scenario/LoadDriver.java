package com.wedsync.guardian.bench.scenario;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Open-loop load on a compressed clock: at simulated instant t, requests arrive at
 * demand(t) / hold per second (Little's law), each holding a connection for {@code hold} with
 * {@code pg_sleep}. Records every acquisition wait and every timeout.
 */
final class LoadDriver implements AutoCloseable {

    /** What the requests of one interval saw. */
    record Interval(long requests, long timeouts, double waitP99Ms, double waitP95Ms, double waitP50Ms, double waitMaxMs,
                    long uses, double useP99Ms) {
    }

    private final DataSource ds;
    private final ScenarioDay day;
    private final Duration hold;
    private final ExecutorService workers = new ThreadPoolExecutor(0, 600, 5, TimeUnit.SECONDS, new SynchronousQueue<>());
    private final ConcurrentLinkedQueue<Double> intervalWaits = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Double> intervalUses = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Double> allWaits = new ConcurrentLinkedQueue<>();
    private final AtomicLong intervalTimeouts = new AtomicLong();
    private final AtomicLong timeouts = new AtomicLong();
    private final AtomicLong rejected = new AtomicLong();
    private final AtomicLong requests = new AtomicLong();

    LoadDriver(DataSource ds, ScenarioDay day, Duration hold) {
        this.ds = ds;
        this.day = day;
        this.hold = hold;
    }

    /** Issues the arrivals due between two simulated instants {@code realSeconds} apart; returns the fractional carry. */
    double arrive(Instant simFrom, double realSeconds, double carry) {
        double rate = day.demand(simFrom) / (hold.toNanos() / 1e9);
        double due = carry + rate * realSeconds;
        int n = (int) due;
        for (int i = 0; i < n; i++) {
            try {
                workers.execute(this::request);
            } catch (java.util.concurrent.RejectedExecutionException e) {
                rejected.incrementAndGet();
            }
        }
        return due - n;
    }

    private void request() {
        requests.incrementAndGet();
        long t0 = System.nanoTime();
        Connection c;
        try {
            c = ds.getConnection();
        } catch (SQLException e) {
            // Any failed acquisition is a timeout: HikariCP's SQLTransientConnectionException, or, through FlexyPool, the
            // ConnectionAcquisitionException it throws once its strategies have given up. The wait is the caller's whole
            // wall time, FlexyPool's own retries included.
            record(intervalWaits, (System.nanoTime() - t0) / 1e6);
            timedOut();
            return;
        }
        long t1 = System.nanoTime();
        record(intervalWaits, (t1 - t0) / 1e6);
        try (c; Statement s = c.createStatement()) {
            s.execute("SELECT pg_sleep(" + hold.toMillis() / 1000.0 + ")");
            intervalUses.add((System.nanoTime() - t1) / 1e6);
        } catch (SQLException e) {
            timedOut(); // a failed query, counted with the timeouts as it always was
        }
    }

    private void timedOut() {
        timeouts.incrementAndGet();
        intervalTimeouts.incrementAndGet();
    }

    private void record(ConcurrentLinkedQueue<Double> q, double ms) {
        q.add(ms);
        allWaits.add(ms);
    }

    /** The requests since the previous call. */
    Interval drain() {
        double[] w = drainAll(intervalWaits);
        double[] u = drainAll(intervalUses);
        long t = intervalTimeouts.getAndSet(0);
        return new Interval(w.length, t, pct(w, 0.99), pct(w, 0.95), pct(w, 0.5), w.length == 0 ? 0 : w[w.length - 1], u.length,
                pct(u, 0.99));
    }

    long timeouts() {
        return timeouts.get();
    }

    long requests() {
        return requests.get();
    }

    long rejected() {
        return rejected.get();
    }

    double waitP99Ms() {
        double[] all = allWaits.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return pct(all, 0.99);
    }

    private static double[] drainAll(ConcurrentLinkedQueue<Double> q) {
        int n = q.size();
        double[] out = new double[n];
        int i = 0;
        Double v;
        while (i < n && (v = q.poll()) != null) {
            out[i++] = v;
        }
        double[] d = Arrays.copyOf(out, i);
        Arrays.sort(d);
        return d;
    }

    static double pct(double[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int idx = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, idx))];
    }

    @Override
    public void close() throws InterruptedException {
        workers.shutdown();
        workers.awaitTermination(30, TimeUnit.SECONDS);
    }
}
