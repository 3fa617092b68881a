package com.wedsync.guardian.app.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.wedsync.guardian.app.runtime.EmergencyDeclarations;
import com.wedsync.guardian.loop.LoopStatus;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The small documents of the operator endpoints: health check, errors, emergencies. */
public final class OperatorDocs {

    private OperatorDocs() {
    }

    /**
     * {@code GET /healthz}: ok or stalled, the instant of the latest view, the stalled loops in words (only when
     * some are), and every background loop's standing.
     */
    public record Liveness(String status, Instant at, @JsonInclude(JsonInclude.Include.NON_NULL) List<String> stalled,
                           List<Loop> loops) {

        /** One background loop; {@code stallAfter} is ISO-8601 (PT1M). */
        public record Loop(String name, boolean stalled, Optional<Instant> lastSuccess, Instant since,
                           Duration stallAfter, Optional<Instant> failingSince, long failures,
                           Optional<String> lastError) {

            public static Loop of(LoopStatus s) {
                return new Loop(s.name(), s.stalled(), s.lastSuccess(), s.since(), s.stallAfter(), s.failingSince(),
                        s.failures(), s.lastError());
            }
        }
    }

    /** Every 4xx and 5xx: a sentence naming what was wrong and where. */
    public record ErrorDoc(String error) {
    }

    /** An operator-declared emergency. */
    public record Emergency(String actor, String reason, Instant declaredAt, Instant until) {

        public static Emergency of(EmergencyDeclarations.Declaration d) {
            return new Emergency(d.actor(), d.reason(), d.declaredAt(), d.until());
        }
    }

    /** {@code GET /api/emergency}: the declaration in force, null when none. */
    public record EmergencyStatus(Optional<Emergency> active) {
    }

    /** {@code POST /api/emergency/clear}: whether a declaration was in force and is now cleared. */
    public record Cleared(boolean cleared) {
    }
}
