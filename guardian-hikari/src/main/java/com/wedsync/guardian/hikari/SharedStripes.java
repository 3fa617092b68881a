package com.wedsync.guardian.hikari;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A histogram's multi-writer cells (see {@link LatencyCells}), for threads whose owned slot another
 * live thread holds: LongAdder-style stripes picked by a hash of the thread's id and added to with an
 * atomic compare-and-set. One stripe to begin with; a failed compare-and-set (two threads on one
 * stripe at that instant) doubles them up to the maximum, and once there moves every thread to new
 * stripes (a new hash salt, at most once a millisecond). The reader takes each non-empty bucket with
 * an atomic get-and-set to zero, so a count is read exactly once.
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
     * Adds every stripe's counts to {@code interval}, leaving zeros; returns how many. One reader at a
     * time. Only a non-empty bucket is swapped: a swap on every bucket would take each cache line away
     * from the writers. (Unlike the owned slots' reader this keeps a branch on the counts; the profile
     * sees both ways whenever a bucket in a stripe's range, the buckets it ever used, is empty.)
     */
    long drainInto(LatencyCells.Interval interval) {
        long[] merged = interval.counts;
        long total = 0;
        for (Stripe stripe : stripes) {
            long[] counts = stripe.counts;
            int last = stripe.hi;
            int first = stripe.lo;
            for (int i = first, end = last + 1; i < end; i++) {
                if ((long) COUNT.getOpaque(counts, i) != 0) {
                    long n = (long) COUNT.getAndSet(counts, i, 0L);
                    merged[i] += n;
                    total += n;
                }
            }
            interval.include(first, last);
        }
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
