package com.wedsync.guardian.hikari;

import com.wedsync.guardian.pool.LatencySummary;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.lang.ref.WeakReference;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A latency histogram written from the pool's hot path at the cost of a thread-local lookup and one
 * plain store. Each writing thread owns a cell of cumulative counts that only it writes (so no atomic
 * read-modify-write, no lock, no contention between threads, no allocation after the thread's first
 * record); the single reader sums what each cell gained since it last looked.
 *
 * <p>Buckets are log-linear: values below 64 exactly, then 32 buckets per power of two (3% wide),
 * up to 2^41 units; a percentile is reported as its bucket's midpoint (within 1.6%), the maximum as
 * its bucket's upper bound.
 *
 * <p>Why not HdrHistogram's {@code Recorder}: measured here ({@code TrackerCallbackBenchmark}), its
 * four atomic operations per record (writer phaser enter and exit, count, total count) cost about
 * 100 ns per borrow on one thread and 400 ns on two contending threads, against a target of ~15 ns.
 */
final class LatencyCells {

    private static final int LINEAR = 64;
    private static final int SUB_BITS = 5;
    private static final int SUB = 1 << SUB_BITS;
    private static final int FIRST_EXP = 6;   // 2^6 = LINEAR
    private static final int MAX_EXP = 40;
    static final long MAX_VALUE = (1L << (MAX_EXP + 1)) - 1;
    static final int BUCKETS = LINEAR + (MAX_EXP - FIRST_EXP + 1) * SUB;

    // Opaque access: no tearing and each count seen in order by the reader, yet a plain store on x86.
    private static final VarHandle COUNT = MethodHandles.arrayElementVarHandle(long[].class);

    private final List<Cell> cells = new CopyOnWriteArrayList<>();
    private final ThreadLocal<Cell> local = ThreadLocal.withInitial(this::newCell);
    private final long[] interval = new long[BUCKETS];

    /** Records one value; called by many threads, each on its own cell. */
    void record(long value) {
        long[] counts = local.get().counts;
        int i = index(value);
        COUNT.setOpaque(counts, i, counts[i] + 1);
    }

    /**
     * What was recorded since the previous call, in milliseconds given {@code unitsPerMs}. One reader
     * at a time (the probe's snapshot is synchronized).
     */
    LatencySummary drain(double unitsPerMs) {
        long total = 0;
        Arrays.fill(interval, 0);
        for (Cell cell : cells) {
            long gained = 0;
            for (int i = 0; i < BUCKETS; i++) {
                long now = (long) COUNT.getOpaque(cell.counts, i);
                long d = now - cell.seen[i];
                if (d != 0) {
                    interval[i] += d;
                    cell.seen[i] = now;
                    gained += d;
                }
            }
            total += gained;
            Thread owner = cell.owner.get();
            if (gained == 0 && (owner == null || !owner.isAlive())) {
                cells.remove(cell); // its thread is gone and everything it recorded has been read
            }
        }
        if (total == 0) {
            return LatencySummary.EMPTY;
        }
        return new LatencySummary(total,
                valueAt(total, 0.50) / unitsPerMs,
                valueAt(total, 0.95) / unitsPerMs,
                valueAt(total, 0.99) / unitsPerMs,
                upper(highest()) / unitsPerMs);
    }

    static int index(long value) {
        if (value < LINEAR) {
            return value < 0 ? 0 : (int) value;
        }
        long v = Math.min(value, MAX_VALUE);
        int exp = 63 - Long.numberOfLeadingZeros(v);
        int sub = (int) (v >>> (exp - SUB_BITS)) & (SUB - 1);
        return LINEAR + (exp - FIRST_EXP) * SUB + sub;
    }

    /** The smallest value of bucket {@code i}. */
    static long lower(int i) {
        if (i < LINEAR) {
            return i;
        }
        int exp = FIRST_EXP + (i - LINEAR) / SUB;
        int sub = (i - LINEAR) % SUB;
        return (long) (SUB + sub) << (exp - SUB_BITS);
    }

    /** The largest value of bucket {@code i}. */
    static long upper(int i) {
        return i + 1 < BUCKETS ? lower(i + 1) - 1 : MAX_VALUE;
    }

    private double valueAt(long total, double quantile) {
        long rank = Math.max(1, (long) Math.ceil(quantile * total));
        long seen = 0;
        for (int i = 0; i < BUCKETS; i++) {
            seen += interval[i];
            if (seen >= rank) {
                return (lower(i) + upper(i)) / 2.0;
            }
        }
        return upper(highest());
    }

    private int highest() {
        for (int i = BUCKETS - 1; i > 0; i--) {
            if (interval[i] != 0) {
                return i;
            }
        }
        return 0;
    }

    private Cell newCell() {
        Cell cell = new Cell(Thread.currentThread());
        cells.add(cell);
        return cell;
    }

    /** One writing thread's cumulative counts, and what the reader has already taken from them. */
    private static final class Cell {
        final long[] counts = new long[BUCKETS];
        final long[] seen = new long[BUCKETS];
        final WeakReference<Thread> owner;

        Cell(Thread owner) {
            this.owner = new WeakReference<>(owner);
        }
    }
}
