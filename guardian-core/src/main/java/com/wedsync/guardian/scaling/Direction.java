package com.wedsync.guardian.scaling;

import com.wedsync.guardian.pool.PoolSize;

/**
 * Which way a change moves a pool. The maximum decides: raised is a grow, lowered a shrink (whatever
 * minimum idle does). With the maximum unchanged, a raised minimum idle is a grow (pre-warming) and a
 * lowered one a release: the capacity stays, and idle connections above the new floor leave only as
 * the pool's idle timeout retires them.
 */
public enum Direction {
    GROW, SHRINK, RELEASE, NONE;

    public static Direction of(PoolSize from, PoolSize to) {
        if (to.max() > from.max()) {
            return GROW;
        }
        if (to.max() < from.max()) {
            return SHRINK;
        }
        if (to.minIdle() > from.minIdle()) {
            return GROW;
        }
        if (to.minIdle() < from.minIdle()) {
            return RELEASE;
        }
        return NONE;
    }
}
