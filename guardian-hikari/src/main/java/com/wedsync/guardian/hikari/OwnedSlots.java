package com.wedsync.guardian.hikari;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * A histogram's single-writer cells (see {@link LatencyCells}): a few slots, each owned by one live
 * thread that alone writes it with plain stores, taken over by another thread only once its owner has
 * ended. The single reader takes what each slot gained since it last looked.
 */
final class OwnedSlots {

    private static final VarHandle SLOT = MethodHandles.arrayElementVarHandle(Slot[].class);

    private final Slot[] slots;

    OwnedSlots(int size) {
        this.slots = new Slot[size];
    }

    /** Adds one to bucket {@code i} of the caller's slot; false (nothing added) when another live thread owns it. */
    boolean add(Thread me, int hash, int i) {
        int at = hash & (slots.length - 1);
        Slot slot = slots[at]; // a stale read only sends the caller to claim()
        if (slot == null || slot.owner != me) {
            slot = claim(me, at);
            if (slot == null) {
                return false;
            }
        }
        slot.add(i);
        return true;
    }

    /** The slot at {@code at} if the caller owns it now (made, or taken from an owner that ended); null otherwise. */
    private Slot claim(Thread me, int at) {
        Slot slot = (Slot) SLOT.getVolatile(slots, at);
        if (slot == null) {
            Slot mine = new Slot(me);
            boolean made = SLOT.compareAndSet(slots, at, (Slot) null, mine);
            if (made) {
                return mine;
            }
            slot = (Slot) SLOT.getVolatile(slots, at);
        }
        return slot.claim(me) ? slot : null;
    }

    /** Adds what every slot gained since the previous call to {@code interval}; returns how many. One reader at a time. */
    long drainInto(LatencyCells.Interval interval) {
        long total = 0;
        for (int at = 0; at < slots.length; at++) {
            Slot slot = (Slot) SLOT.getVolatile(slots, at);
            if (slot != null) {
                total += slot.drainInto(interval);
            }
        }
        return total;
    }

    /** Cumulative counts written by the owner only, what the reader has taken of them, and the buckets in use. */
    private static final class Slot {
        private static final VarHandle OWNER;

        static {
            try {
                OWNER = MethodHandles.lookup().findVarHandle(Slot.class, "owner", Thread.class);
            } catch (ReflectiveOperationException e) {
                throw new ExceptionInInitializerError(e);
            }
        }

        final long[] counts = new long[LatencyCells.BUCKETS];
        final long[] seen = new long[LatencyCells.BUCKETS];
        volatile Thread owner;
        // Written by the owner before the count, so the reader scans a bucket no later than the snapshot after its count.
        volatile int lo = LatencyCells.BUCKETS;
        volatile int hi = -1;

        Slot(Thread owner) {
            this.owner = owner;
        }

        /** Called by the owner only: a plain increment (opaque, so never torn for the reader). */
        void add(int i) {
            if (i > hi) {
                hi = i;
            }
            if (i < lo) {
                lo = i;
            }
            LatencyCells.COUNT.setOpaque(counts, i, counts[i] + 1);
        }

        /**
         * Makes the caller the owner if the owner has ended. {@code isAlive()} returning false makes
         * everything the ended owner wrote visible to the caller (JLS 17.4.4); the state check before
         * it is the cheap answer while the owner lives.
         */
        boolean claim(Thread me) {
            Thread current = owner;
            if (current == me) {
                return true;
            }
            if (current.getState() != Thread.State.TERMINATED || current.isAlive()) {
                return false;
            }
            return OWNER.compareAndSet(this, current, me);
        }

        /**
         * Adds what each bucket gained since the previous call to the interval's counts; returns how many.
         * No branch on whether a bucket gained (adding zero costs less than a branch the JIT may have
         * left out): see {@link LatencyCells#drain}.
         */
        long drainInto(LatencyCells.Interval interval) {
            int last = hi;
            int first = lo;
            long[] merged = interval.counts;
            long gained = 0;
            for (int i = first, end = last + 1; i < end; i++) {
                long now = (long) LatencyCells.COUNT.getOpaque(counts, i);
                long d = now - seen[i];
                seen[i] = now;
                merged[i] += d;
                gained += d;
            }
            interval.include(first, last);
            return gained;
        }
    }
}
