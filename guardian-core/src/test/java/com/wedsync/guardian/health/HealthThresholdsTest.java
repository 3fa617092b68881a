package com.wedsync.guardian.health;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HealthThresholdsTest {

    @Test
    void defaultsAreTheDocumentedOnes() {
        HealthThresholds d = HealthThresholds.defaults();

        assertThat(d.window()).isEqualTo(Duration.ofSeconds(30));
        assertThat(d.minSamples()).isEqualTo(3);
        assertThat(d.degradedShare()).isEqualTo(0.5);
        assertThat(d.criticalShare()).isEqualTo(0.8);
        assertThat(d.saturationDegraded()).isEqualTo(0.80);
        assertThat(d.saturationCritical()).isEqualTo(0.95);
        assertThat(d.waitingDegraded()).isEqualTo(1);
        assertThat(d.waitingCritical()).isEqualTo(10);
        assertThat(d.waitP99Degraded()).isEqualTo(Duration.ofMillis(100));
        assertThat(d.waitP99Critical()).isEqualTo(Duration.ofSeconds(1));
        assertThat(d.timeoutsDegraded()).isEqualTo(1);
        assertThat(d.timeoutsCritical()).isEqualTo(5);
        assertThat(d.leakThreshold()).isEqualTo(Duration.ofSeconds(60));
        assertThat(d.headroomDegraded()).isEqualTo(0.15);
        assertThat(d.headroomCritical()).isEqualTo(0.05);
    }

    @Test
    void aBadValueIsRejectedAtOnceNamingTheFieldAndTheValue() {
        assertThatThrownBy(() -> HealthThresholds.builder().saturationCritical(1.2))
                .hasMessage("saturationCritical must be > 0 and <= 1, but was 1.2");
        assertThatThrownBy(() -> HealthThresholds.builder().minSamples(0))
                .hasMessage("minSamples must be between 1 and 10000, but was 0");
        assertThatThrownBy(() -> HealthThresholds.builder().window(Duration.ofMillis(10)))
                .hasMessage("window must be between 1s and 1h, but was 10ms");
        assertThatThrownBy(() -> HealthThresholds.builder().waitingCritical(0))
                .hasMessage("waitingCritical must be >= 1, but was 0");
        assertThatThrownBy(() -> HealthThresholds.builder().headroomDegraded(-0.1))
                .hasMessage("headroomDegraded must be >= 0 and < 1, but was -0.1");
        assertThatThrownBy(() -> HealthThresholds.builder().leakThreshold(null))
                .hasMessage("leakThreshold must be set, but was null");
        assertThatThrownBy(() -> HealthThresholds.builder().degradedShare(Double.NaN))
                .hasMessage("degradedShare must be > 0 and <= 1, but was NaN");
    }

    @Test
    void aCriticalLevelMilderThanItsDegradedLevelIsRejected() {
        assertThatThrownBy(() -> HealthThresholds.builder().saturationDegraded(0.9).saturationCritical(0.85).build())
                .hasMessage("saturationCritical must be >= saturationDegraded (0.9), but was 0.85");
        assertThatThrownBy(() -> HealthThresholds.builder().headroomCritical(0.2).build())
                .hasMessage("headroomCritical must be <= headroomDegraded (0.15), but was 0.2");
        assertThatThrownBy(() -> HealthThresholds.builder().waitP99Critical(Duration.ofMillis(50)).build())
                .hasMessage("waitP99Critical must be >= waitP99Degraded (100ms), but was 50ms");
    }

    @Test
    void toBuilderKeepsEveryOtherValue() {
        HealthThresholds custom = HealthThresholds.builder().window(Duration.ofMinutes(1)).timeoutsCritical(9).build();

        HealthThresholds changed = custom.toBuilder().minSamples(5).build();

        assertThat(changed.window()).isEqualTo(Duration.ofMinutes(1));
        assertThat(changed.timeoutsCritical()).isEqualTo(9);
        assertThat(changed.minSamples()).isEqualTo(5);
        assertThat(custom.minSamples()).as("the original is immutable").isEqualTo(3);
    }
}
