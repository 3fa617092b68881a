package com.wedsync.guardian.hikari;

import com.wedsync.guardian.pool.LatencySummary;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A latency histogram written from the pool's hot path by any number of threads, platform or virtual,
 * short-lived or not, in memory that does not grow with them.
 *
 * <p>Counts live in a few <em>stripes</em> (LongAdder-style): a thread picks its stripe by a hash of
 * its id and adds to the bucket with one atomic compare-and-set; nothing is allocated per thread and
 * nothing is kept for a thread after it ends. One stripe to begin with; a failed compare-and-set
 * (another thread adding to the same stripe at that instant) doubles the stripes, up to
 * {@link #MAX_STRIPES}, and once there moves every thread to new stripes (a new hash salt, at most
 * once a millisecond). The reader takes each non-empty bucket with an atomic get-and-set to zero, so a
 * count is read exactly once (never lost, never counted twice, never torn), and its work is bounded
 * by stripes × buckets in use, whatever the number of threads that ever wrote.
 *
 * <p>Memory: each stripe holds {@link #BUCKETS} longs (9.5 KB); a histogram holds at most
 * {@link #MAX_STRIPES} of them plus one interval array, so at most 313 KB with the cap of 32 stripes
 * (from 2 × cores rounded up to a power of two: 4 stripes, 47 KB, on a 2-core machine).
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

    /** Twice the cores (so that running threads rarely share a stripe), as a power of two, at most 32. */
    static final int MAX_STRIPES = Math.min(32, Integer.highestOneBit(2 * Runtime.getRuntime().availableProcessors() - 1) << 1);

    private static final long REHASH_PAUSE_NANOS = 1_000_000;
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;
    private static final VarHandle COUNT = MethodHandles.arrayElementVarHandle(long[].class);
    private static final VarHandle STRIPES;

    static {
        try {
            STRIPES = MethodHandles.lookup().findVarHandle(LatencyCells.class, "stripes", Stripe[].class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private volatile Stripe[] stripes = {new Stripe()};
    // Read racily on the hot path: any stripe is a correct one, the salt only spreads threads out.
    private long salt;
    private long lastRehash;
    private final long[] interval = new long[BUCKETS];

    /** Records one value; called by any number of threads at once. */
    void record(long value) {
        Stripe[] all = stripes;
        Stripe stripe = all[(int) (((Thread.currentThread().getId() + salt) * GOLDEN) >>> 40) & (all.length - 1)];
        int i = index(value);
        stripe.widen(i);
        long[] counts = stripe.counts;
        long seen = (long) COUNT.getOpaque(counts, i);
        if (!COUNT.compareAndSet(counts, i, seen, seen + 1)) {
            COUNT.getAndAdd(counts, i, 1L);
            contended(all);
        }
    }

    /** How many stripes there are now (at most {@link #MAX_STRIPES}). */
    int stripes() {
        return stripes.length;
    }

    /**
     * What was recorded since the previous call, in milliseconds given {@code unitsPerMs}. One reader
     * at a time (the probe's snapshot is synchronized).
     */
    LatencySummary drain(double unitsPerMs) {
        long total = 0;
        int lo = BUCKETS;
        int hi = -1;
        for (Stripe stripe : stripes) {
            long[] counts = stripe.counts;
            int stripeHi = stripe.hi;
            for (int i = stripe.lo; i <= stripeHi; i++) {
                if ((long) COUNT.getOpaque(counts, i) != 0) {
                    long taken = (long) COUNT.getAndSet(counts, i, 0L);
                    interval[i] += taken;
                    total += taken;
                    lo = Math.min(lo, i);
                    hi = Math.max(hi, i);
                }
            }
        }
        return total == 0 ? LatencySummary.EMPTY : summarize(total, lo, hi, unitsPerMs);
    }

    /** One pass over the buckets that gained something, clearing them for the next interval. */
    private LatencySummary summarize(long total, int lo, int hi, double unitsPerMs) {
        long p50 = rank(total, 0.50);
        long p95 = rank(total, 0.95);
        long p99 = rank(total, 0.99);
        double v50 = 0;
        double v95 = 0;
        double v99 = 0;
        long seen = 0;
        for (int i = lo; i <= hi; i++) {
            long n = interval[i];
            if (n == 0) {
                continue;
            }
            interval[i] = 0;
            double mid = (lower(i) + upper(i)) / 2.0;
            if (seen < p50 && seen + n >= p50) {
                v50 = mid;
            }
            if (seen < p95 && seen + n >= p95) {
                v95 = mid;
            }
            if (seen < p99 && seen + n >= p99) {
                v99 = mid;
            }
            seen += n;
        }
        return new LatencySummary(total, v50 / unitsPerMs, v95 / unitsPerMs, v99 / unitsPerMs, upper(hi) / unitsPerMs);
    }

    /** Two threads added to one stripe at once: more stripes while allowed, otherwise new ones for everyone. */
    private void contended(Stripe[] seen) {
        if (seen.length < MAX_STRIPES) {
            Stripe[] more = new Stripe[seen.length * 2];
            System.arraycopy(seen, 0, more, 0, seen.length);
            for (int s = seen.length; s < more.length; s++) {
                more[s] = new Stripe();
            }
            STRIPES.compareAndSet(this, seen, more); // lost to another grower: theirs is as good
            return;
        }
        long now = System.nanoTime();
        if (now - lastRehash > REHASH_PAUSE_NANOS) {
            lastRehash = now;
            salt = ThreadLocalRandom.current().nextLong();
        }
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

    /** Counts added by whichever threads hash here, and the range of buckets ever used (what the reader scans). */
    private static final class Stripe {
        private static final VarHandle LO;
        private static final VarHandle HI;

        static {
            try {
                MethodHandles.Lookup lookup = MethodHandles.lookup();
                LO = lookup.findVarHandle(Stripe.class, "lo", int.class);
                HI = lookup.findVarHandle(Stripe.class, "hi", int.class);
            } catch (ReflectiveOperationException e) {
                throw new ExceptionInInitializerError(e);
            }
        }

        final long[] counts = new long[BUCKETS];
        // Widened before the count is added, so the reader scans a bucket no later than the snapshot after its count.
        volatile int lo = BUCKETS;
        volatile int hi = -1;

        /** Makes the range hold {@code i}; after warm-up this almost never writes. */
        void widen(int i) {
            int h;
            while (i > (h = hi) && !HI.compareAndSet(this, h, i)) {
                Thread.onSpinWait();
            }
            int l;
            while (i < (l = lo) && !LO.compareAndSet(this, l, i)) {
                Thread.onSpinWait();
            }
        }
    }
}
