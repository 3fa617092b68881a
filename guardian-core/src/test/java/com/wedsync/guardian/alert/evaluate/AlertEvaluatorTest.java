package com.wedsync.guardian.alert.evaluate;

import com.wedsync.guardian.alert.Alert;
import com.wedsync.guardian.alert.AlertFigure;
import com.wedsync.guardian.alert.Severity;
import com.wedsync.guardian.health.HealthReason;
import com.wedsync.guardian.health.HealthStatus;
import com.wedsync.guardian.health.PoolHealth;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.wedsync.guardian.alert.AlertFixtures.T0;
import static com.wedsync.guardian.alert.AlertFixtures.context;
import static com.wedsync.guardian.alert.AlertFixtures.figures;
import static com.wedsync.guardian.alert.AlertFixtures.health;
import static com.wedsync.guardian.alert.AlertFixtures.healthy;
import static com.wedsync.guardian.alert.AlertFixtures.judged;
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

    /** Issue 16: a real alert carries its pool's figures, and only those that apply to its condition. */
    @Test
    void aRealAlertCarriesThePoolsFiguresThatApplyToItsCondition() {
        PoolHealth troubled = judged("orders", T0, figures(38, 40, 6, 850),
                new HealthReason("saturation", HealthStatus.CRITICAL, "used 38/40"),
                new HealthReason("db_headroom", HealthStatus.DEGRADED, "4 of 97 free"),
                new HealthReason("suspected_leak", HealthStatus.DEGRADED, "held 1.2s"));

        List<Alert> alerts = evaluator.evaluate(T0, List.of(troubled), context(T0, 4), true);

        Alert saturation = only(alerts, "saturation");
        assertThat(saturation.figure(AlertFigure.UTILISATION)).hasValue(0.95);
        assertThat(saturation.figure(AlertFigure.USED)).hasValue(38);
        assertThat(saturation.figure(AlertFigure.MAX)).hasValue(40);
        assertThat(saturation.figure(AlertFigure.PENDING)).hasValue(6);
        assertThat(saturation.figure(AlertFigure.WAIT_P99_MS)).hasValue(850);
        assertThat(saturation.figure(AlertFigure.TIMEOUTS)).hasValue(2);
        assertThat(saturation.figure(AlertFigure.DEMAND_CHANGE)).hasValue(5);
        assertThat(saturation.figure(AlertFigure.WINDOW_S)).hasValue(30);
        assertThat(saturation.figure(AlertFigure.DB_FREE)).as("headroom is not what saturation is about").isEmpty();
        assertThat(saturation.figure(AlertFigure.LONGEST_HELD_MS)).isEmpty();
        assertThat(only(alerts, "db_headroom").figure(AlertFigure.DB_FREE)).hasValue(4);
        assertThat(only(alerts, "db_headroom").figure(AlertFigure.DB_USABLE)).hasValue(97);
        assertThat(only(alerts, "suspected_leak").figure(AlertFigure.LONGEST_HELD_MS)).hasValue(1_200);
        assertThat(only(alerts, "calendar_stale").values()).isEmpty();
        assertThat(evaluator.evaluate(T0, List.of(health("orders", T0, "pool_down", HealthStatus.DOWN)), context(T0, 4),
                false)).singleElement().satisfies(a -> assertThat(a.values()).as("nothing read").isEmpty());
    }

    @Test
    void aFigureThatWasNotMeasuredIsLeftOut() {
        PoolHealth noWaits = judged("orders", T0, figures(38, 40, 0, -1),
                new HealthReason("saturation", HealthStatus.CRITICAL, "used 38/40"));

        Alert a = evaluator.evaluate(T0, List.of(noWaits), context(T0, 1), false).get(0);

        assertThat(a.figure(AlertFigure.WAIT_P99_MS)).isEmpty();
        assertThat(a.values()).doesNotContainKey(AlertFigure.WAIT_P99_MS.key()).containsKey(AlertFigure.PENDING.key());
    }

    private static Alert only(List<Alert> alerts, String condition) {
        return alerts.stream().filter(a -> a.condition().equals(condition)).findFirst().orElseThrow();
    }
}
