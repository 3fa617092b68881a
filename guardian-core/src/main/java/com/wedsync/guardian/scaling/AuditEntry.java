package com.wedsync.guardian.scaling;

import java.time.Instant;
import java.util.Objects;

/**
 * One line of the append-only audit log.
 *
 * @param kind    {@code action} (a scaling decision), {@code override} (an override granted), {@code request}
 *                (an operator's resize, recorded before it is checked) or {@code emergency} (declared or cleared)
 * @param outcome the decision's outcome label, {@code granted}, {@code requested}, {@code declared} or {@code cleared}
 * @param actor   who: {@code guardian} for the engine, the person for an override or a manual change
 * @param from    size before, empty for an override
 * @param to      size after, or the override's scope
 */
public record AuditEntry(Instant at, String pool, String kind, String outcome, String actor, String from, String to,
                         String reason, String overrideId) {

    public static final String ENGINE = "guardian";

    public AuditEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(pool, "pool");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(outcome, "outcome");
        actor = actor == null ? ENGINE : actor;
        from = from == null ? "" : from;
        to = to == null ? "" : to;
        reason = reason == null ? "" : reason;
        overrideId = overrideId == null ? "" : overrideId;
    }

    public static AuditEntry of(Decision d) {
        return new AuditEntry(d.at(), d.pool(), "action", d.outcome().label(), d.actor(), d.from().toString(), d.to().toString(),
                d.direction().name().toLowerCase(java.util.Locale.ROOT) + " (" + d.mode().label() + "): " + d.reason(), d.overrideId());
    }

    /** An operator's manual resize as asked, written before anything is checked or changed. */
    public static AuditEntry resizeRequested(String pool, Instant at, String actor, Object from, Object to, String reason) {
        return new AuditEntry(at, pool, "request", "requested", actor, from == null ? null : from.toString(), to.toString(),
                "manual resize: " + reason, "");
    }

    public static AuditEntry of(EmergencyOverride o) {
        return new AuditEntry(o.createdAt(), o.pool(), "override", "granted", o.actor(), "",
                "action " + o.scope().label() + " until " + o.expiresAt(), o.reason(), o.id());
    }
}
