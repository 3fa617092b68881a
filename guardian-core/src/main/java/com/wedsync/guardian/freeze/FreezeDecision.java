package com.wedsync.guardian.freeze;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The answer. {@code frozen} is false when nothing freezes the deploy or a break-glass {@code override} lets it
 * through (the reasons still say what it overrode). {@code until} is when the freeze ends (empty while allowed, or
 * when it outlasts the lookahead or a declared emergency); {@code nextFreeze} the start of the next freeze ahead.
 */
public record FreezeDecision(FreezeQuery query, boolean frozen, List<String> reasons, Optional<Instant> until,
                             Optional<Instant> nextFreeze, Optional<DeployOverride> override, boolean gated,
                             boolean calendarStale) {

    public FreezeDecision {
        reasons = List.copyOf(reasons);
    }
}
