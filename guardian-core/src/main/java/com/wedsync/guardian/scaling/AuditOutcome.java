package com.wedsync.guardian.scaling;

import java.util.Locale;

/** What an audit entry records: what became of a scaling decision, or what happened to an override, request or emergency. */
public enum AuditOutcome {
    RECOMMENDED, APPLIED, BLOCKED, DRAINING, VERIFIED, INCONCLUSIVE, ROLLED_BACK, FAILED,
    /** An override was granted. */
    GRANTED,
    /** An operator asked for a resize (written before it is checked). */
    REQUESTED,
    /** An emergency was declared. */
    DECLARED,
    /** An emergency was cleared early. */
    CLEARED;

    /** The audit outcome of a decision's outcome; {@link Outcome#NONE} is never audited. */
    public static AuditOutcome of(Outcome o) {
        if (o == Outcome.NONE) {
            throw new IllegalArgumentException("a decision with nothing to change is not audited");
        }
        return valueOf(o.name());
    }

    /** The stored label ({@code rolled-back}, {@code granted}, ...). */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Reads a stored label, naming it when it is none of ours. */
    public static AuditOutcome parse(String label) {
        for (AuditOutcome o : values()) {
            if (o.label().equals(label)) {
                return o;
            }
        }
        throw new IllegalArgumentException("unknown audit outcome '" + label + "'");
    }
}
