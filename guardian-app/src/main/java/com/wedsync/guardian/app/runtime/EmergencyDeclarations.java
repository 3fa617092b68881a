package com.wedsync.guardian.app.runtime;

import com.wedsync.guardian.scaling.AuditEntry;
import com.wedsync.guardian.scaling.AuditLog;
import com.wedsync.guardian.scaling.AuditOutcome;

import java.time.Instant;
import java.util.Optional;

/**
 * An operator's declaration that this is an emergency (criticality 5) whatever the calendar says: who, why,
 * and until when. It lapses by itself at its expiry, so a forgotten declaration cannot keep the bypasses open.
 * Declaring and clearing are audited first: one the audit log cannot record does not happen.
 */
public final class EmergencyDeclarations {

    /** One declaration. */
    public record Declaration(String actor, String reason, Instant declaredAt, Instant until) {
        public Declaration {
            if (actor == null || actor.isBlank()) {
                throw new IllegalArgumentException("actor is required");
            }
            if (reason == null || reason.isBlank()) {
                throw new IllegalArgumentException("reason is required");
            }
            if (until == null) {
                throw new IllegalArgumentException("expiresAt is required");
            }
            if (!until.isAfter(declaredAt)) {
                throw new IllegalArgumentException("expiresAt must be in the future, but was " + until);
            }
        }
    }

    private final AuditLog audit;
    private Declaration current;

    public EmergencyDeclarations(AuditLog audit) {
        this.audit = audit;
    }

    /** @throws AuditLog.WriteFailed when the declaration cannot be audited: then it is not made */
    public synchronized void declare(Declaration d) {
        audit.append(AuditEntry.emergency(d.declaredAt(), AuditOutcome.DECLARED, d.actor(), d.until(), d.reason()));
        current = d;
    }

    /**
     * Ends the declaration in force early, on {@code actor}'s word; empty when none was in force.
     *
     * @throws AuditLog.WriteFailed when the clearing cannot be audited: then the declaration stays
     */
    public synchronized Optional<Declaration> clear(String actor, String reason, Instant now) {
        Optional<Declaration> ended = active(now);
        if (ended.isPresent()) {
            audit.append(AuditEntry.emergency(now, AuditOutcome.CLEARED, actor, ended.get().until(), reason));
            current = null;
        }
        return ended;
    }

    public synchronized Optional<Declaration> active(Instant now) {
        Declaration d = current;
        return d != null && now.isBefore(d.until()) ? Optional.of(d) : Optional.empty();
    }
}
