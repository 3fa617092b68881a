package com.wedsync.guardian.hikari;

import com.wedsync.guardian.pool.PoolSnapshot;
import com.zaxxer.hikari.HikariDataSource;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The thread-churn case: {@code BORROWS} {@code getConnection()} + {@code close()} on a HikariCP pool
 * over in-memory H2, each on a thread of its own (virtual or platform; four at a time, the pool's
 * size), first on a bare pool, then on one observed by {@link HikariPoolProbe}. For each it prints
 * one line of {@code key=value}: the churn's wall and process CPU time, the heap it left retained after a full GC (before
 * any snapshot) and, for the observed pool, what the first snapshot after it counted, then the time
 * (wall/CPU) of a snapshot after each of {@code ROUNDS} churns ({@code snapshotUs}) and after each of
 * {@code ROUNDS} runs of as many borrows on one thread ({@code oneThreadSnapshotUs}, the baseline).
 * Run by {@code ThreadChurnTest}, and by hand for BENCHMARKS.md:
 * {@code java -cp guardian-bench/target/benchmarks.jar com.wedsync.guardian.hikari.ThreadChurn virtual 200000 5}.
 */
public final class ThreadChurn {

    private static final int POOL_SIZE = 4;
    private static final int WARM_UP_SNAPSHOTS = 2_000;

    private final ThreadFactory threads;
    private final int borrows;
    private final int rounds;
    private final HikariDataSource ds = H2Pools.lazy(POOL_SIZE);

    private ThreadChurn(ThreadFactory threads, int borrows, int rounds) {
        this.threads = threads;
        this.borrows = borrows;
        this.rounds = rounds;
        ds.setMinimumIdle(POOL_SIZE);
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2 || args.length > 3 || !args[0].matches("virtual|platform") || !args[1].matches("[1-9][0-9]{0,6}")
                || (args.length == 3 && !args[2].matches("[1-9][0-9]?"))) {
            System.err.println("usage: ThreadChurn virtual|platform BORROWS (1 to 9,999,999) [ROUNDS (1 to 99, default 1)]");
            System.exit(2);
        }
        ThreadFactory threads = args[0].equals("virtual")
                ? VirtualThreads.factory().orElseThrow(() -> new IllegalStateException(VirtualThreads.MISSING))
                : Thread::new;
        int borrows = Integer.parseInt(args[1]);
        int rounds = args.length == 3 ? Integer.parseInt(args[2]) : 1;
        for (boolean observed : new boolean[] {false, true}) {
            ThreadChurn churn = new ThreadChurn(threads, borrows, rounds);
            try {
                System.out.println("observer=" + (observed ? "guardian" : "bare") + " threads=" + args[0] + " " + churn.run(observed));
            } finally {
                churn.ds.close();
            }
        }
    }

    private String run(boolean observed) throws Exception {
        HikariPoolProbe probe = observed ? HikariPoolProbe.attach("churn", ds, Clock.systemUTC()) : null;
        warmUp(probe);
        long heapBefore = heapAfterFullGc();
        long cpuStart = processCpuNanos();
        long start = System.nanoTime();
        churn(borrows);
        long churnNanos = System.nanoTime() - start;
        long cpuNanos = processCpuNanos() - cpuStart;
        long retained = heapAfterFullGc() - heapBefore;
        String line = String.format(Locale.ROOT, "borrows=%d seconds=%.3f perBorrowUs=%.2f cpuPerBorrowUs=%.2f retainedBytes=%d",
                borrows, churnNanos / 1e9, churnNanos / 1e3 / borrows, cpuNanos / 1e3 / borrows, retained);
        if (probe == null) {
            return line;
        }
        PoolSnapshot afterChurn = probe.snapshot();
        return line + String.format(Locale.ROOT, " waitCount=%d useCount=%d", afterChurn.waitTime().count(), afterChurn.useTime().count())
                + " snapshotUs=" + snapshotTimes(probe, () -> churn(borrows))
                + " oneThreadSnapshotUs=" + snapshotTimes(probe, () -> {
                    for (int i = 0; i < borrows; i++) {
                        borrow();
                    }
                });
    }

    /**
     * Compiles the borrow, thread start and snapshot paths (snapshots of borrows from several threads,
     * as after the churn) and leaves nothing for the first snapshot after.
     */
    private void warmUp(HikariPoolProbe probe) throws Exception {
        int threadsPerSnapshot = 10;
        for (int i = 0; i < WARM_UP_SNAPSHOTS; i++) {
            churn(threadsPerSnapshot);
            if (probe != null) {
                probe.snapshot();
            }
        }
    }

    /**
     * The time of a snapshot after each of {@link #rounds} runs of {@code traffic}, in microseconds:
     * wall time and, after a slash, the snapshot thread's CPU time (what GC pauses and a busy machine do not inflate).
     */
    private String snapshotTimes(HikariPoolProbe probe, Traffic traffic) throws Exception {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        List<String> times = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            traffic.run();
            long cpuStart = cpu.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            probe.snapshot();
            long wall = System.nanoTime() - start;
            times.add(String.format(Locale.ROOT, "%.1f/%.1f", wall / 1e3, (cpu.getCurrentThreadCpuTime() - cpuStart) / 1e3));
        }
        return String.join(",", times);
    }

    /** Borrows between two timed snapshots. */
    private interface Traffic {
        void run() throws Exception;
    }

    /** {@code count} borrows, each on a new thread, {@link #POOL_SIZE} threads at a time. */
    private void churn(int count) throws Exception {
        AtomicReference<Exception> failure = new AtomicReference<>();
        Runnable task = () -> {
            try {
                borrow();
            } catch (SQLException | RuntimeException e) {
                failure.compareAndSet(null, e);
            }
        };
        List<Thread> batch = new ArrayList<>(POOL_SIZE);
        for (int done = 0; done < count; done += batch.size()) {
            batch.clear();
            for (int i = 0; i < Math.min(POOL_SIZE, count - done); i++) {
                Thread t = threads.newThread(task);
                t.start();
                batch.add(t);
            }
            for (Thread t : batch) {
                t.join();
            }
        }
        if (failure.get() != null) {
            throw failure.get();
        }
    }

    private void borrow() throws SQLException {
        try (Connection c = ds.getConnection()) {
            c.getAutoCommit();
        }
    }

    /** CPU time of the whole process (every thread, GC and JIT included): what load on a shared machine does not inflate. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static long heapAfterFullGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
