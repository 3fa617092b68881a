package com.wedsync.guardian.scaling;

import com.wedsync.guardian.pool.PoolSize;

/** Which way a change moves a pool. A change that raises one setting and lowers the other counts as a shrink when max falls. */
public enum Direction {
    GROW, SHRINK, NONE;

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
            return SHRINK;
        }
        return NONE;
    }
}
