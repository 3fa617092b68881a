package com.wedsync.guardian.alert.evaluate;

import com.wedsync.guardian.alert.Alert;
import com.wedsync.guardian.alert.Severity;
import com.wedsync.guardian.health.HealthReason;
import com.wedsync.guardian.health.HealthStatus;
import com.wedsync.guardian.health.PoolHealth;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.wedsync.guardian.alert.AlertFixtures.T0;
import static com.wedsync.guardian.alert.AlertFixtures.context;
import static com.wedsync.guardian.alert.AlertFixtures.health;
import static com.wedsync.guardian.alert.AlertFixtures.healthy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AlertEvaluatorTest {

    private final AlertEvaluator evaluator = new AlertEvaluator("guardian-1", SeverityTable.defaults());

    @Test
    void theSameSaturationIsAWarningOnAQuietDayAndCriticalDuringAWedding() {
        PoolHealth saturated = health("orders", T0, "saturation", HealthStatus.DEGRADED);

        Alert quiet = evaluator.evaluate(T0, List.of(saturated), context(T0, 1), false).get(0);
        Alert ceremony = evaluator.evaluate(T0, List.of(saturated), context(T0, 4), false).get(0);

        assertThat(quiet.severity()).isEqualTo(Severity.WARNING);
        assertThat(ceremony.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(ceremony.context().weddingsInProgress()).isEqualTo(2);
        assertThat(ceremony.context().guestsAtRisk()).isEqualTo(236);
        assertThat(ceremony.context().venues()).containsExactly("Kew Barn", "Rosewood Hall");
        assertThat(ceremony.description()).contains("236 guests").contains("Rosewood Hall");
    }

    @Test
    void everyAlertCarriesPoolConditionInstanceAndSeverityLabelsAndAStableFingerprint() {
        PoolHealth down = health("orders", T0, "pool_down", HealthStatus.DOWN);

        Alert first = evaluator.evaluate(T0, List.of(down), context(T0, 1), false).get(0);
        Alert later = evaluator.evaluate(T0.plusSeconds(600), List.of(down), context(T0, 5), false).get(0);

        assertThat(first.labels()).containsEntry("pool", "orders").containsEntry("condition", "pool_down")
                .containsEntry("instance", "guardian-1").containsEntry("severity", "critical");
        assertThat(later.fingerprint()).isEqualTo(first.fingerprint())
                .isEqualTo(Fingerprint.of("orders", "pool_down", "guardian-1"));
        assertThat(Fingerprint.of("orders", "saturation", "guardian-1")).isNotEqualTo(first.fingerprint());
        assertThat(Fingerprint.of("ab", "c", "i")).isNotEqualTo(Fingerprint.of("a", "bc", "i"));
    }

    @Test
    void healthyPoolsRaiseNothingAndEachConditionAlertsOnceAtItsWorst() {
        PoolHealth twice = new PoolHealth("orders", T0, HealthStatus.CRITICAL, List.of(
                new HealthReason("wait_p99", HealthStatus.DEGRADED, "p99 80 ms"),
                new HealthReason("wait_p99", HealthStatus.CRITICAL, "p99 900 ms"),
                new HealthReason("timeouts", HealthStatus.CRITICAL, "3 timeouts")));

        List<Alert> alerts = evaluator.evaluate(T0, List.of(twice, healthy("billing", T0)), context(T0, 3), false);

        assertThat(alerts).extracting(Alert::condition).containsExactlyInAnyOrder("wait_p99", "timeouts");
        assertThat(alerts).filteredOn(a -> a.condition().equals("wait_p99"))
                .singleElement().satisfies(a -> assertThat(a.summary()).contains("900 ms"));
    }

    @Test
    void aStaleCalendarRaisesItsOwnAlertLouderWhenWeddingsAreNear() {
        Alert routine = evaluator.evaluate(T0, List.of(), context(T0, 1), true).get(0);
        Alert weddingDay = evaluator.evaluate(T0, List.of(), context(T0, 3), true).get(0);

        assertThat(routine.condition()).isEqualTo("calendar_stale");
        assertThat(routine.pool()).isEqualTo(AlertEvaluator.NO_POOL);
        assertThat(routine.severity()).isEqualTo(Severity.INFO);
        assertThat(weddingDay.severity()).isEqualTo(Severity.WARNING);
        assertThat(evaluator.evaluate(T0, List.of(), context(T0, 3), false)).isEmpty();
    }

    @Test
    void theSeverityTableFollowsTheDocumentedRows() {
        SeverityTable t = SeverityTable.defaults();
        assertThat(t.of(HealthStatus.DEGRADED, 2)).isEqualTo(Severity.WARNING);
        assertThat(t.of(HealthStatus.DEGRADED, 3)).isEqualTo(Severity.WARNING);
        assertThat(t.of(HealthStatus.CRITICAL, 3)).isEqualTo(Severity.CRITICAL);
        assertThat(t.of(HealthStatus.DOWN, 1)).isEqualTo(Severity.CRITICAL);
        assertThat(t.of(HealthStatus.UNKNOWN, 5)).isEqualTo(Severity.CRITICAL);
        SeverityTable custom = SeverityTable.builder().set(HealthStatus.DEGRADED, 1, Severity.INFO).build();
        assertThat(custom.of(HealthStatus.DEGRADED, 1)).isEqualTo(Severity.INFO);
        assertThat(t.of(HealthStatus.DEGRADED, 1)).isEqualTo(Severity.WARNING);
    }

    @Test
    void theSeverityTableBuilderRejectsBadCellsNamingTheValue() {
        assertThatThrownBy(() -> SeverityTable.builder().set(HealthStatus.DEGRADED, 6, Severity.INFO))
                .hasMessage("criticality must be between 1 and 5, but was 6");
        assertThatThrownBy(() -> SeverityTable.builder().set(HealthStatus.HEALTHY, 1, Severity.INFO))
                .hasMessageContaining("but was HEALTHY");
    }
}
