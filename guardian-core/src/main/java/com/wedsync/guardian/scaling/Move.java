package com.wedsync.guardian.scaling;

import com.wedsync.guardian.pool.PoolSize;

/**
 * A change to carry out: from what to what, why, and who asked. A rollback restores a recorded size as it was:
 * it is not clipped, and the safety checks let it through where they would stop a new change.
 */
record Move(PoolSize from, PoolSize to, Why why, String actor, boolean rollback) {

    /** A change the engine's plan or an operator wants. */
    static Move wanted(PoolSize from, PoolSize to, Why why, String actor) {
        return new Move(from, to, why, actor, false);
    }

    /** Back to {@code to}, the size recorded before a change that made things worse or was refused. */
    static Move rollback(PoolSize from, PoolSize to, Why why) {
        return new Move(from, to, why, AuditEntry.ENGINE, true);
    }
}
