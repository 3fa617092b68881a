package com.wedsync.guardian.scaling;

import com.wedsync.guardian.pool.PoolSize;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * One entry of the append-only audit log, field by field; {@link AuditLines} turns it into text.
 *
 * @param kind       what kind of event it records
 * @param outcome    what became of it
 * @param actor      who: {@link #ENGINE} for the engine, the person for an override, a request or an emergency
 * @param direction  which way a decision or request moves the pool; null for overrides and emergencies (and entries
 *                   written before the audit log had fields)
 * @param mode       the pool's scaling mode for a decision, else null
 * @param from       the size before; null when not known or not a change
 * @param to         the size after (wanted, applied or restored); null when not a change
 * @param scope      an override's scope, else null
 * @param until      when an override or an emergency ends, else null
 * @param reason     the whole reason; for an entry written before the audit log had fields, its text as it was kept
 * @param gist       what a person needs at a glance: the reason without the sizes the line already shows
 * @param overrideId the override granted, or the one that let a decision through; empty if none
 */
public record AuditEntry(Instant at, String pool, Kind kind, AuditOutcome outcome, String actor, Direction direction,
                         ScalingMode mode, PoolSize from, PoolSize to, OverrideScope scope, Instant until, String reason,
                         String gist, String overrideId) {

    public static final String ENGINE = "guardian";

    /** What an entry records. */
    public enum Kind {
        /** A scaling decision of the engine's, or what became of an operator's resize. */
        ACTION,
        /** An emergency override granted. */
        OVERRIDE,
        /** An operator's manual resize as asked, before anything is checked. */
        REQUEST,
        /** An emergency declared or cleared. */
        EMERGENCY;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** Reads a stored label, naming it when it is none of ours. */
        public static Kind parse(String label) {
            for (Kind k : values()) {
                if (k.label().equals(label)) {
                    return k;
                }
            }
            throw new IllegalArgumentException("unknown audit entry kind '" + label + "'");
        }
    }

    public AuditEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(pool, "pool");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(outcome, "outcome");
        actor = actor == null || actor.isBlank() ? ENGINE : actor;
        reason = reason == null ? "" : reason;
        gist = gist == null || gist.isEmpty() ? reason : gist;
        overrideId = overrideId == null ? "" : overrideId;
    }

    public static AuditEntry of(Decision d) {
        return new AuditEntry(d.at(), d.pool(), Kind.ACTION, AuditOutcome.of(d.outcome()), d.actor(), d.direction(), d.mode(),
                d.from(), d.to(), null, null, d.reason(), d.gist(), d.overrideId());
    }

    /** An operator's manual resize as asked, written before anything is checked or changed; {@code from} null when unknown. */
    public static AuditEntry resizeRequested(String pool, Instant at, String actor, PoolSize from, PoolSize to, String reason) {
        return new AuditEntry(at, pool, Kind.REQUEST, AuditOutcome.REQUESTED, actor, from == null ? null : Direction.of(from, to),
                null, from, to, null, null, reason, reason, "");
    }

    public static AuditEntry of(EmergencyOverride o) {
        return new AuditEntry(o.createdAt(), o.pool(), Kind.OVERRIDE, AuditOutcome.GRANTED, o.actor(), null, null, null, null,
                o.scope(), o.expiresAt(), o.reason(), o.reason(), o.id());
    }

    /** An emergency {@link AuditOutcome#DECLARED declared} or {@link AuditOutcome#CLEARED cleared}, for every pool. */
    public static AuditEntry emergency(Instant at, AuditOutcome outcome, String actor, Instant until, String reason) {
        return new AuditEntry(at, EmergencyOverride.ALL_POOLS, Kind.EMERGENCY, outcome, actor, null, null, null, null, null,
                until, reason, reason, "");
    }

    /**
     * An entry written before the audit log had fields: its sizes and reason were kept as text, and are shown as they
     * were (sizes first, as the old lines read).
     */
    public static AuditEntry fromText(Instant at, String pool, Kind kind, AuditOutcome outcome, String actor, String fromText,
                                      String toText, String reason, String overrideId) {
        String sizes = fromText == null || fromText.isEmpty() ? nullToEmpty(toText) : fromText + " -> " + nullToEmpty(toText);
        String text = sizes.isEmpty() ? nullToEmpty(reason) : sizes + ": " + nullToEmpty(reason);
        return new AuditEntry(at, pool, kind, outcome, actor, null, null, null, null, null, null, text, text, overrideId);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    /** True for an entry that has its sizes as fields (false for old, text-only entries). */
    public boolean hasSizes() {
        return to != null;
    }
}
