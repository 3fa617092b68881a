package com.wedsync.guardian.alert;

import com.wedsync.guardian.alert.evaluate.Fingerprint;
import com.wedsync.guardian.alert.state.AlertRegistry;
import com.wedsync.guardian.alert.state.TrackedAlert;
import com.wedsync.guardian.health.HealthReason;
import com.wedsync.guardian.health.HealthStatus;
import com.wedsync.guardian.health.PoolFigures;
import com.wedsync.guardian.health.PoolHealth;
import com.wedsync.guardian.wedding.Criticality;
import com.wedsync.guardian.wedding.Wedding;
import com.wedsync.guardian.wedding.WeddingContext;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Shared builders for alert tests: health, wedding contexts and alerts, readable in one line. */
public final class AlertFixtures {

    public static final Instant T0 = Instant.parse("2026-09-12T14:00:00Z");

    private AlertFixtures() {
    }

    public static PoolHealth health(String pool, Instant at, String condition, HealthStatus status) {
        return new PoolHealth(pool, at, status, List.of(new HealthReason(condition, status,
                condition + " on " + pool + " is " + status)));
    }

    /** A pool's figures over a 30 s window: used of max, threads waiting, wait p99 (ms), 2 timeouts, demand +5. */
    public static PoolFigures figures(int used, int max, int pending, double waitP99Ms) {
        return new PoolFigures(used, max, pending, waitP99Ms, 2, 5, Duration.ofSeconds(30), 1_200, 4, 97);
    }

    /** A judgement with these reasons and figures. */
    public static PoolHealth judged(String pool, Instant at, PoolFigures figures, HealthReason... reasons) {
        HealthStatus status = HealthStatus.HEALTHY;
        for (HealthReason r : reasons) {
            status = status.worse(r.status());
        }
        return new PoolHealth(pool, at, status, List.of(reasons), figures);
    }

    public static PoolHealth healthy(String pool, Instant at) {
        return PoolHealth.healthy(pool, at);
    }

    /** A context at this criticality; from 4 up, two weddings are in progress at two venues. */
    public static WeddingContext context(Instant at, int criticality) {
        if (criticality < 4) {
            return new WeddingContext(at, Criticality.ofScore(criticality), criticality >= 3, false, List.of(),
                    List.of(), List.of(), 0, 0, Set.of(), List.of("test"));
        }
        Wedding a = new Wedding("w1", "Ana & Ben", at.minusSeconds(3600), at.plusSeconds(7200),
                ZoneId.of("Europe/London"), false, 116, 14, "Rosewood Hall", "test");
        Wedding b = new Wedding("w2", "Cy & Di", at.minusSeconds(1800), at.plusSeconds(9000),
                ZoneId.of("Europe/London"), false, 120, 14, "Kew Barn", "test");
        return new WeddingContext(at, Criticality.ofScore(criticality), true, true, List.of(a, b), List.of(a, b),
                List.of(), 236, 28, Set.of("Rosewood Hall", "Kew Barn"), List.of("test"));
    }

    public static Alert alert(String pool, String condition, String severity, int criticality, Instant startsAt) {
        return new Alert(Fingerprint.of(pool, condition, "test"),
                Map.of(Alert.POOL, pool, Alert.CONDITION, condition, Alert.INSTANCE, "test", Alert.SEVERITY, severity),
                pool + " " + condition, "", Map.of(),
                new Alert.AlertContext(criticality, Criticality.ofScore(criticality).name(), 0, 0, 0, List.of()),
                startsAt, null);
    }

    /** Tracks the given alerts as firing through a registry (the only way TrackedAlerts are made). */
    public static List<TrackedAlert> track(AlertRegistry registry, Instant now, Alert... alerts) {
        return new ArrayList<>(registry.update(now, List.of(alerts)));
    }

    public static AlertRegistry registry() {
        return new AlertRegistry(10_000, Duration.ofMinutes(15), Duration.ZERO);
    }
}
