package com.wedsync.guardian.pool;

import java.time.Instant;

/**
 * Reads one pool. Implementations never throw from {@link #snapshot}: a pool that cannot be
 * read gives {@link PoolSnapshot#unknown} or {@link PoolSnapshot#down} with the cause.
 */
public interface PoolProbe extends AutoCloseable {

    /** The pool's name as the user configured it. */
    String name();

    /** The pool now; interval figures cover the time since the previous call. */
    PoolSnapshot snapshot(Instant now);

    @Override
    default void close() {
    }
}
