package com.wedsync.guardian.scaling;

import com.wedsync.guardian.pool.PoolSize;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One thing the engine decided or did for one pool.
 *
 * @param from       the size before (or the size now, when nothing changed)
 * @param to         the size wanted (or restored, for a rollback)
 * @param verdicts   the safety checks that were run, empty when none were
 * @param overrideId the override that let it through, empty if none
 */
public record Decision(String pool, Instant at, ScalingMode mode, Direction direction, PoolSize from, PoolSize to,
                       Outcome outcome, String reason, List<SafetyVerdict> verdicts, String overrideId) {

    public Decision {
        Objects.requireNonNull(pool, "pool");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(outcome, "outcome");
        reason = reason == null ? "" : reason;
        verdicts = List.copyOf(verdicts);
        overrideId = overrideId == null ? "" : overrideId;
    }

    /** True for decisions worth an audit line: everything but "nothing to change". */
    public boolean auditable() {
        return outcome != Outcome.NONE;
    }

    @Override
    public String toString() {
        return pool + " " + outcome.label() + " " + direction.name().toLowerCase(java.util.Locale.ROOT) + " " + from + " -> " + to
                + " (" + mode.label() + "): " + reason;
    }
}
