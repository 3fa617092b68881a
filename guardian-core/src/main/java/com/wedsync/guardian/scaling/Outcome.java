package com.wedsync.guardian.scaling;

import java.util.Locale;

/** What became of a decision. */
public enum Outcome {
    /** Nothing to change. */
    NONE,
    /** Computed and reported, not applied (recommend mode). */
    RECOMMENDED,
    /** Applied to the pool; verification pending. */
    APPLIED,
    /** Refused by a safety check; the reason names it. */
    BLOCKED,
    /** A shrink was applied and the total has not fallen yet. */
    DRAINING,
    /** The change was judged after its warm-up and kept. */
    VERIFIED,
    /** Verification neither passed nor failed: the size is held and a human should look. */
    INCONCLUSIVE,
    /** The change made things worse and the previous size is back. */
    ROLLED_BACK,
    /** The pool or its database refused the change; the cause is in the reason. */
    FAILED;

    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
