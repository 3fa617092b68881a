package com.wedsync.guardian.scaling;

import java.util.Objects;

/**
 * What one safety check said about one change.
 *
 * @param check   the check's name ({@code protected-window}, {@code database-headroom}, ...)
 * @param allowed true when the change may go ahead
 * @param reason  why, in a sentence an operator can act on
 */
public record SafetyVerdict(String check, boolean allowed, String reason) {

    public SafetyVerdict {
        Objects.requireNonNull(check, "check");
        reason = reason == null ? "" : reason;
    }

    public static SafetyVerdict allow(String check, String reason) {
        return new SafetyVerdict(check, true, reason);
    }

    public static SafetyVerdict block(String check, String reason) {
        return new SafetyVerdict(check, false, reason);
    }

    @Override
    public String toString() {
        return check + ": " + (allowed ? "allowed" : "blocked") + " (" + reason + ")";
    }
}
