package com.wedsync.guardian.scaling;

import com.wedsync.guardian.pool.PoolResizer;

import java.util.Objects;

/**
 * A pool the engine sizes.
 *
 * @param name     the pool's name (as in its snapshots)
 * @param database the name of the database it connects to (as in {@link com.wedsync.guardian.server.ServerView#database()})
 * @param resizer  how to change it
 * @param policy   how it may be sized; its mode is the starting mode
 */
public record ManagedPool(String name, String database, PoolResizer resizer, ScalingPolicy policy) {

    public ManagedPool {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(resizer, "resizer");
        Objects.requireNonNull(policy, "policy");
    }
}
