package com.wedsync.guardian.hikari;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A histogram's multi-writer cells (see {@link LatencyCells}), for threads whose owned slot another
 * live thread holds: LongAdder-style stripes picked by a hash of the thread's id and added to with an
 * atomic compare-and-set. One stripe to begin with; a failed compare-and-set (two threads on one
 * stripe at that instant) doubles them up to the maximum, and once there moves every thread to new
 * stripes (a new hash salt, at most once a millisecond). Counts only grow; the reader takes what the
 * stripes' sum gained since it last looked (it keeps one array of what it took, for all the stripes),
 * so a count is read exactly once, and the reader never writes to a stripe.
 */
final class SharedStripes {

    private static final long REHASH_PAUSE_NANOS = 1_000_000;
    private static final VarHandle COUNT = LatencyCells.COUNT;
    private static final VarHandle STRIPES;

    static {
        try {
            STRIPES = MethodHandles.lookup().findVarHandle(SharedStripes.class, "stripes", Stripe[].class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final int max;
    private volatile Stripe[] stripes = {new Stripe()};
    // What the reader has taken of each bucket, summed over the stripes (the reader's alone).
    private final long[] taken = new long[LatencyCells.BUCKETS];
    // Read racily: any stripe is a correct one, the salt only spreads threads out.
    private int salt;
    private long lastRehash;

    SharedStripes(int max) {
        this.max = max;
    }

    /** Adds one to bucket {@code i} of the stripe {@code hash} picks; any number of threads at once. */
    void add(int hash, int i) {
        Stripe[] all = stripes;
        Stripe stripe = all[(hash + salt) & (all.length - 1)];
        stripe.widen(i);
        long[] counts = stripe.counts;
        long seen = (long) COUNT.getOpaque(counts, i);
        if (!COUNT.compareAndSet(counts, i, seen, seen + 1)) {
            long ignored = (long) COUNT.getAndAdd(counts, i, 1L);
            contended(all);
        }
    }

    int size() {
        return stripes.length;
    }

    /**
     * Adds what the stripes gained since the previous call to {@code interval}'s counts; returns how
     * many. One reader at a time, called while those counts are zero over the stripes' buckets (before
     * the owned slots add theirs). No branch on the counts (see {@link LatencyCells#drain}): each
     * stripe's cumulative count is summed into the interval, then what the reader took before is
     * subtracted. A stripe's count, and so the sum, only grows: stripes are never removed, and a
     * bucket outside a range read now is in it from the next call on, its count whole.
     */
    long drainInto(LatencyCells.Interval interval) {
        long[] merged = interval.counts;
        int first = LatencyCells.BUCKETS;
        int last = -1;
        for (Stripe stripe : stripes) {
            long[] counts = stripe.counts;
            int hi = stripe.hi;
            int lo = stripe.lo;
            for (int i = lo, end = hi + 1; i < end; i++) {
                merged[i] += (long) COUNT.getOpaque(counts, i);
            }
            first = Math.min(first, lo);
            last = Math.max(last, hi);
        }
        long total = 0;
        for (int i = first, end = last + 1; i < end; i++) {
            long sum = merged[i];
            long gained = sum - taken[i];
            taken[i] = sum;
            merged[i] = gained;
            total += gained;
        }
        interval.include(first, last);
        return total;
    }

    /** Two threads added to one stripe at once: more stripes while allowed, otherwise new ones for everyone. */
    private void contended(Stripe[] seen) {
        if (seen.length < max) {
            Stripe[] more = new Stripe[seen.length * 2];
            System.arraycopy(seen, 0, more, 0, seen.length);
            for (int s = seen.length; s < more.length; s++) {
                more[s] = new Stripe();
            }
            boolean grown = STRIPES.compareAndSet(this, seen, more); // lost to another grower: theirs is as good
            return;
        }
        long now = System.nanoTime();
        if (now - lastRehash > REHASH_PAUSE_NANOS) {
            lastRehash = now;
            salt = ThreadLocalRandom.current().nextInt();
        }
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

        final long[] counts = new long[LatencyCells.BUCKETS];
        // Widened before the count is added, so the reader scans a bucket no later than the snapshot after its count.
        volatile int lo = LatencyCells.BUCKETS;
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
