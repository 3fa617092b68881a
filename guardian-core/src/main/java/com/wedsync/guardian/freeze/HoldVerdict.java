package com.wedsync.guardian.freeze;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * What a deployment gate does with a deploy waiting on it (GitHub's deployment protection rule): approve it now, hold
 * it until the freeze ends, or reject it when the freeze outlasts {@code maxHold} or has no known end.
 */
public record HoldVerdict(Action action, Optional<Instant> until, String comment) {

    /** Longest comment GitHub shows; a longer one is cut. */
    public static final int MAX_COMMENT = 1000;

    public enum Action { APPROVE, HOLD, REJECT }

    public HoldVerdict {
        comment = comment.length() > MAX_COMMENT ? comment.substring(0, MAX_COMMENT - 1) + "…" : comment;
    }

    public static HoldVerdict of(FreezeDecision d, Instant now, Duration maxHold) {
        String why = String.join("; ", d.reasons());
        if (!d.frozen()) {
            return new HoldVerdict(Action.APPROVE, Optional.empty(), "Deploy allowed by the wedding guardian"
                    + (why.isEmpty() ? "" : ": " + why));
        }
        if (d.until().isPresent() && !d.until().get().isAfter(now.plus(maxHold))) {
            return new HoldVerdict(Action.HOLD, d.until(), "Held until " + d.until().get() + ": " + why);
        }
        return new HoldVerdict(Action.REJECT, Optional.empty(), "Deploy frozen"
                + d.until().map(u -> " until " + u + ", beyond the hold limit of " + maxHold.toHours() + "h").orElse("")
                + ": " + why);
    }
}
