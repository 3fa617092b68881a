package com.wedsync.guardian.freeze;

import com.wedsync.guardian.wedding.WeddingCalendar;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the gate knows besides the question: the calendar, why it is stale (if it is), a declared emergency (if
 * any) and the deploy overrides granted.
 */
public record FreezeFacts(WeddingCalendar calendar, Optional<String> staleness, Optional<String> emergency,
                          List<DeployOverride> overrides) {

    public FreezeFacts {
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(staleness, "staleness");
        Objects.requireNonNull(emergency, "emergency");
        overrides = List.copyOf(overrides);
    }

    /** A fresh calendar, no emergency, no overrides: what a CI runner has on its own. */
    public static FreezeFacts of(WeddingCalendar calendar) {
        return new FreezeFacts(calendar, Optional.empty(), Optional.empty(), List.of());
    }
}
