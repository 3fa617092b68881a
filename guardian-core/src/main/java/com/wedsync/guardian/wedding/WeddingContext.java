package com.wedsync.guardian.wedding;

import com.wedsync.guardian.health.HealthStatus;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What the weddings mean at one instant.
 *
 * @param protectedWindow true inside 08:00–22:00 venue-local on a wedding's date (or its own span),
 *                        or on a Saturday in a home zone
 * @param reasons         sentences that explain the criticality and the window
 */
public record WeddingContext(
        Instant at,
        Criticality criticality,
        boolean protectedWindow,
        boolean peakSeason,
        List<Wedding> inProgress,
        List<Wedding> today,
        List<Wedding> tomorrow,
        int guestsAtRisk,
        int vendorsAtRisk,
        Set<String> venues,
        List<String> reasons) {

    public WeddingContext {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(criticality, "criticality");
        inProgress = List.copyOf(inProgress);
        today = List.copyOf(today);
        tomorrow = List.copyOf(tomorrow);
        venues = Set.copyOf(venues);
        reasons = List.copyOf(reasons);
    }

    /** No weddings, no protection: what a quiet Tuesday looks like. */
    public static WeddingContext routine(Instant at) {
        return new WeddingContext(at, Criticality.ROUTINE, false, false, List.of(), List.of(), List.of(),
                0, 0, Set.of(), List.of("no wedding today or tomorrow"));
    }

    /** This context with the criticality raised to {@code to} for the given reason; never lowers it. */
    public WeddingContext raisedTo(Criticality to, String reason) {
        if (criticality.atLeast(to)) {
            return this;
        }
        List<String> r = new ArrayList<>(reasons);
        r.add(reason);
        return new WeddingContext(at, to, protectedWindow, peakSeason, inProgress, today, tomorrow,
                guestsAtRisk, vendorsAtRisk, venues, r);
    }

    /**
     * This context given the pool's health: CRITICAL (a wedding in progress) while the pool is
     * CRITICAL or DOWN becomes EMERGENCY. Never lowers the criticality.
     */
    public WeddingContext withPoolHealth(HealthStatus health) {
        return withPoolHealth("the pool", health);
    }

    /** As {@link #withPoolHealth(HealthStatus)}, naming the pool in the reason. */
    public WeddingContext withPoolHealth(String pool, HealthStatus health) {
        if (criticality == Criticality.CRITICAL && health != null && health.severe()) {
            return raisedTo(Criticality.EMERGENCY, pool + " is " + health + " while a wedding is in progress");
        }
        return this;
    }

    /** EMERGENCY because an operator said so; {@code why} goes into the reasons. */
    public WeddingContext withEmergencyDeclared(String why) {
        return raisedTo(Criticality.EMERGENCY, "operator declared an emergency" + (why == null || why.isBlank() ? "" : ": " + why));
    }

    /** This context with one more reason (e.g. "calendar stale since ..."); nothing else changes. */
    public WeddingContext withReason(String reason) {
        List<String> r = new ArrayList<>(reasons);
        r.add(reason);
        return new WeddingContext(at, criticality, protectedWindow, peakSeason, inProgress, today, tomorrow,
                guestsAtRisk, vendorsAtRisk, venues, r);
    }
}
