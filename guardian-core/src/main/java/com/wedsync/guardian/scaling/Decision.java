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
 * @param actor      who asked for it: the person behind a manual resize, else the engine ({@link AuditEntry#ENGINE})
 * @param gist       the part of the reason that says why, without the sizes and arithmetic (the whole reason by default)
 */
public record Decision(String pool, Instant at, ScalingMode mode, Direction direction, PoolSize from, PoolSize to,
                       Outcome outcome, String reason, List<SafetyVerdict> verdicts, String overrideId, String actor,
                       String gist) {

    /** A decision of the engine's own. */
    public Decision(String pool, Instant at, ScalingMode mode, Direction direction, PoolSize from, PoolSize to, Outcome outcome,
                    String reason, List<SafetyVerdict> verdicts, String overrideId) {
        this(pool, at, mode, direction, from, to, outcome, reason, verdicts, overrideId, AuditEntry.ENGINE, reason);
    }

    public Decision {
        Objects.requireNonNull(pool, "pool");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(outcome, "outcome");
        reason = reason == null ? "" : reason;
        verdicts = List.copyOf(verdicts);
        overrideId = overrideId == null ? "" : overrideId;
        actor = actor == null || actor.isBlank() ? AuditEntry.ENGINE : actor;
        gist = gist == null || gist.isBlank() ? reason : gist;
    }

    /** The same decision, asked for by {@code who}. */
    public Decision by(String who) {
        return new Decision(pool, at, mode, direction, from, to, outcome, reason, verdicts, overrideId, who, gist);
    }

    /** The same decision, summed up as {@code why}. */
    public Decision because(String why) {
        return new Decision(pool, at, mode, direction, from, to, outcome, reason, verdicts, overrideId, actor, why);
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
