package com.wedsync.guardian.scaling;

import com.wedsync.guardian.pool.PoolSize;

/**
 * A change to carry out: from what to what, why, and who asked. A rollback restores a recorded size as it was:
 * it is not clipped, and the safety checks let it through where they would stop a new change. A give-back (down
 * to the fleet's share) does not wait for the cooldown and is not rolled back: the connections are the fleet's.
 */
record Move(PoolSize from, PoolSize to, Why why, String actor, boolean rollback, boolean giveBack) {

    /** A change the engine's plan or an operator wants. */
    static Move wanted(PoolSize from, PoolSize to, Why why, String actor) {
        return new Move(from, to, why, actor, false, false);
    }

    /** Down to the fleet's share, as the engine's plan says. */
    static Move giveBack(PoolSize from, PoolSize to, Why why) {
        return new Move(from, to, why, AuditEntry.ENGINE, false, true);
    }

    /** Back to {@code to}, the size recorded before a change that made things worse or was refused. */
    static Move rollback(PoolSize from, PoolSize to, Why why) {
        return new Move(from, to, why, AuditEntry.ENGINE, true, false);
    }

    /** Whether the cooldown since the last change is waived: a rollback must not wait, nor a give-back. */
    boolean urgent() {
        return rollback || giveBack;
    }
}
