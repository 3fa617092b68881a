package com.wedsync.guardian.scaling;

import java.util.Objects;

/**
 * What one safety check said about one change.
 *
 * @param check   the check's name ({@code protected-window}, {@code database-headroom}, ...)
 * @param allowed true when the change may go ahead
 * @param reason  why, in a sentence an operator can act on
 * @param gist    the same without the sizes a console line already shows (the whole reason unless a check says less)
 */
public record SafetyVerdict(String check, boolean allowed, String reason, String gist) {

    public SafetyVerdict {
        Objects.requireNonNull(check, "check");
        reason = reason == null ? "" : reason;
        gist = gist == null || gist.isEmpty() ? reason : gist;
    }

    public SafetyVerdict(String check, boolean allowed, String reason) {
        this(check, allowed, reason, reason);
    }

    public static SafetyVerdict allow(String check, String reason) {
        return new SafetyVerdict(check, true, reason);
    }

    public static SafetyVerdict block(String check, String reason) {
        return new SafetyVerdict(check, false, reason);
    }

    /** A block whose console gist leaves out the change the line already shows. */
    public static SafetyVerdict block(String check, String reason, String gist) {
        return new SafetyVerdict(check, false, reason, gist);
    }

    @Override
    public String toString() {
        return check + ": " + (allowed ? "allowed" : "blocked") + " (" + reason + ")";
    }
}
