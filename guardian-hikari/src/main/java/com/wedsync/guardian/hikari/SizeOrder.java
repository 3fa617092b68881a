package com.wedsync.guardian.hikari;

import com.wedsync.guardian.pool.PoolSize;

/**
 * Applies a new size as two settings in the order that never leaves minimumIdle above
 * maximumPoolSize, not even between the two: HikariCP does not check it (docs/pools-and-database.md).
 * Growing the maximum goes first (the old minimum fits under the new maximum); shrinking it goes
 * last (the new minimum already fits under the old maximum).
 */
public final class SizeOrder {

    /** One setting of a pool, in whatever way it is reached (in process, over JMX). */
    @FunctionalInterface
    public interface Setting {
        void set(int value) throws Exception;
    }

    private SizeOrder() {
    }

    /** Sets {@code target} on a pool whose current maximum is {@code currentMax}. */
    public static void apply(int currentMax, PoolSize target, Setting maximumPoolSize, Setting minimumIdle) throws Exception {
        if (target.max() >= currentMax) {
            maximumPoolSize.set(target.max());
            minimumIdle.set(target.minIdle());
        } else {
            minimumIdle.set(target.minIdle());
            maximumPoolSize.set(target.max());
        }
    }
}
