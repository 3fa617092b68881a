package com.wedsync.guardian.scaling;

import java.time.Instant;

/**
 * An authorised person's permission to take a step the protected window would block. It never lifts
 * the database headroom limit (nor any other check). Who, why and until when are required
 * (docs/scaling-practice.md, change freezes).
 *
 * @param id        a stable id for the audit trail
 * @param actor     who asked
 * @param reason    why
 * @param createdAt when it was granted
 * @param expiresAt when it stops applying
 * @param pool      the pool it covers, or {@code *} for every pool
 * @param scope     which actions it lets through
 */
public record EmergencyOverride(String id, String actor, String reason, Instant createdAt, Instant expiresAt,
                                String pool, OverrideScope scope) {

    public static final String ALL_POOLS = "*";

    /** Checks every field and names the first one missing or wrong; the API turns the message into a 400. */
    public EmergencyOverride {
        OverrideFields.check(id, actor, reason, createdAt, expiresAt);
        OverrideFields.require("pool", pool);
        if (scope == null) {
            throw new IllegalArgumentException("action is required (grow, shrink or any)");
        }
        actor = actor.strip();
        reason = reason.strip();
        pool = pool.strip();
    }

    public boolean activeAt(Instant at) {
        return !at.isBefore(createdAt) && at.isBefore(expiresAt);
    }

    /** True when this override lets {@code direction} through on {@code poolName} at {@code at}. */
    public boolean covers(String poolName, Direction direction, Instant at) {
        return activeAt(at) && (ALL_POOLS.equals(pool) || pool.equals(poolName)) && scope.covers(direction);
    }

    @Override
    public String toString() {
        return "override " + id + " by " + actor + " (" + reason + ") for pool " + pool + ", action " + scope.label()
                + ", until " + expiresAt;
    }
}
