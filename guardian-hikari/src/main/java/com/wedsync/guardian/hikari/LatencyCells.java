package com.wedsync.guardian.hikari;

import com.wedsync.guardian.pool.LatencySummary;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * A latency histogram written from the pool's hot path by any number of threads, platform or virtual,
 * short-lived or not, in memory that does not grow with them and without allocating per thread.
 *
 * <p>Two kinds of cells, both few and fixed per histogram, indexed by a hash of the thread's id:
 * <ul>
 * <li>{@link OwnedSlots}: a slot belongs to one live thread, which alone writes it (a plain store, no
 *     atomic: the pooled platform thread's fast path). A thread whose slot is free, or whose owner has
 *     ended, takes it over with one compare-and-set; the reader reads what each slot gained since it
 *     last looked.</li>
 * <li>{@link SharedStripes}: for a thread whose slot another live thread owns: LongAdder-style stripes
 *     written with an atomic compare-and-set, grown on contention, read by what their sum gained.</li>
 * </ul>
 * Nothing is kept for a thread after it ends but, at most, one slot's reference to it until another
 * thread takes the slot. Every count is read exactly once: never lost, never counted twice, never torn.
 * The snapshot's work is bounded by the cells × buckets, whatever the number of threads that wrote.
 *
 * <p>Memory: a slot holds two arrays of {@link #BUCKETS} longs (19 KB), a stripe one (9.5 KB), both
 * made on first use; at most {@link #CELLS} of each (twice the cores as a power of two, capped at 8),
 * and the reader keeps two more (what the stripes gave, the interval): at most 246 KB per histogram,
 * 739 KB for the three of a pool (398 KB on a 2-core machine).
 *
 * <p>Buckets are log-linear: values below 64 exactly, then 32 buckets per power of two (3% wide),
 * up to 2^41 units; a percentile is reported as its bucket's midpoint (within 1.6%), the maximum as
 * its bucket's upper bound.
 *
 * <p>Why not HdrHistogram's {@code Recorder}: measured here ({@code TrackerCallbackBenchmark}), its
 * four atomic operations per record (writer phaser enter and exit, count, total count) on shared
 * fields cost about 100 ns per borrow on one thread and 400 ns on two contending threads.
 */
final class LatencyCells {

    private static final int LINEAR = 64;
    private static final int SUB_BITS = 5;
    private static final int SUB = 1 << SUB_BITS;
    private static final int FIRST_EXP = 6;   // 2^6 = LINEAR
    private static final int MAX_EXP = 40;
    static final long MAX_VALUE = (1L << (MAX_EXP + 1)) - 1;
    static final int BUCKETS = LINEAR + (MAX_EXP - FIRST_EXP + 1) * SUB;

    /** Owned slots, and at most as many shared stripes: twice the cores, as a power of two, at most 8. */
    static final int CELLS = Math.min(8, Integer.highestOneBit(2 * Runtime.getRuntime().availableProcessors() - 1) << 1);

    private static final long GOLDEN = 0x9E3779B97F4A7C15L;
    static final VarHandle COUNT = MethodHandles.arrayElementVarHandle(long[].class);

    private final OwnedSlots slots = new OwnedSlots(CELLS);
    private final SharedStripes stripes = new SharedStripes(CELLS);
    private final Interval interval = new Interval();

    /** Records one value; called by any number of threads at once. */
    void record(long value) {
        Thread me = Thread.currentThread();
        int hash = hash(me);
        int i = index(value);
        if (!slots.add(me, hash, i)) {
            stripes.add(hash, i);
        }
    }

    /** What picks a thread's slot and stripe: its id (never reused, one field load), spread by a multiply. */
    static int hash(Thread thread) {
        return (int) ((thread.getId() * GOLDEN) >>> 32);
    }

    /** How many shared stripes there are now (at most {@link #CELLS}). */
    int stripes() {
        return stripes.size();
    }

    /**
     * What was recorded since the previous call, in milliseconds given {@code unitsPerMs}. One reader
     * at a time (the probe's snapshot is synchronized).
     */
    LatencySummary drain(double unitsPerMs) {
        long total = stripes.drainInto(interval); // first: it needs the interval's counts still zero
        total += slots.drainInto(interval);
        return total == 0 ? LatencySummary.EMPTY : summarize(total, unitsPerMs);
    }

    /**
     * One pass over the merged buckets, clearing them for the next interval, with no branch that depends
     * on the values recorded: the running count is non-decreasing, so the bucket a percentile falls in
     * is the first one past those whose running count is still below its rank, and counting those is
     * arithmetic. A snapshot runs once a tick, mostly in code the JIT compiled from the ticks before;
     * a branch those ticks never took would be compiled as a trap, and the first interval that takes it
     * (the first after a burst of new threads, say) would finish in the interpreter, at several times
     * the whole snapshot's cost (docs/observation-and-threads.md). A percentile is its bucket's midpoint, the maximum its bucket's upper bound.
     */
    private LatencySummary summarize(long total, double unitsPerMs) {
        long p50 = rank(total, 0.50);
        long p95 = rank(total, 0.95);
        long p99 = rank(total, 0.99);
        long[] counts = interval.counts;
        int lo = interval.lo;
        int hi = interval.hi;
        long seen = 0;
        int below50 = 0;
        int below95 = 0;
        int below99 = 0;
        int top = 0;
        for (int i = lo, end = hi + 1; i < end; i++) {
            long n = counts[i];
            counts[i] = 0;
            seen += n;
            below50 += (int) ((seen - p50) >>> 63);
            below95 += (int) ((seen - p95) >>> 63);
            below99 += (int) ((seen - p99) >>> 63);
            top = Math.max(top, i * (int) (-n >>> 63));
        }
        interval.lo = BUCKETS;
        interval.hi = -1;
        return new LatencySummary(total, mid(lo + below50) / unitsPerMs, mid(lo + below95) / unitsPerMs,
                mid(lo + below99) / unitsPerMs, upper(top) / unitsPerMs);
    }

    /**
     * What the cells gained since the previous snapshot, bucket by bucket, and a range of buckets that
     * holds every one that gained (it may hold empty ones too: the cells widen it a cell at a time).
     */
    static final class Interval {
        final long[] counts = new long[BUCKETS];
        int lo = BUCKETS;
        int hi = -1;

        /** Widens the range to hold buckets {@code from} to {@code to}. */
        void include(int from, int to) {
            lo = Math.min(lo, from);
            hi = Math.max(hi, to);
        }
    }

    private static double mid(int i) {
        return (lower(i) + upper(i)) / 2.0;
    }

    private static long rank(long total, double quantile) {
        return Math.max(1, (long) Math.ceil(quantile * total));
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
}
