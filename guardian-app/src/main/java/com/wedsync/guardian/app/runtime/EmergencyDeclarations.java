package com.wedsync.guardian.app.runtime;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * An operator's declaration that this is an emergency (criticality 5) whatever the calendar says: who, why,
 * and until when. It lapses by itself at its expiry, so a forgotten declaration cannot keep the bypasses open.
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

    private final AtomicReference<Declaration> current = new AtomicReference<>();

    public void declare(Declaration d) {
        current.set(d);
    }

    /** Ends the declaration early; true when there was one in force. */
    public boolean clear(Instant now) {
        Declaration d = current.getAndSet(null);
        return d != null && now.isBefore(d.until());
    }

    public Optional<Declaration> active(Instant now) {
        Declaration d = current.get();
        return d != null && now.isBefore(d.until()) ? Optional.of(d) : Optional.empty();
    }
}
