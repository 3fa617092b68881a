package com.wedsync.guardian.app.api;

import com.wedsync.guardian.freeze.DeployOverride;
import com.wedsync.guardian.freeze.FreezeDecision;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * {@code GET /api/freeze} and {@code guardian freeze check --json}: may the service be deployed to the environment at
 * {@code at}; why; until when; the next freeze ahead; the break-glass used.
 */
public record FreezeDoc(String service, String environment, Instant at, boolean frozen, boolean gated,
                        boolean calendarStale, List<String> reasons, Optional<Instant> until,
                        Optional<Instant> nextFreeze, Optional<BreakGlass> override) {

    public static FreezeDoc of(FreezeDecision d) {
        return new FreezeDoc(d.query().service(), d.query().environment(), d.query().at(), d.frozen(), d.gated(),
                d.calendarStale(), d.reasons(), d.until(), d.nextFreeze(), d.override().map(BreakGlass::of));
    }

    /** The deploy override a decision used. */
    public record BreakGlass(String id, String actor, String reason, String service, String environment,
                             Instant createdAt, Instant expiresAt) {

        public static BreakGlass of(DeployOverride o) {
            return new BreakGlass(o.id(), o.actor(), o.reason(), o.service(), o.environment(), o.createdAt(),
                    o.expiresAt());
        }
    }

    /** What GitHub's deployment protection webhook was answered: approved, rejected or held, and why. */
    public record GitHubReceipt(String message) {
    }
}
