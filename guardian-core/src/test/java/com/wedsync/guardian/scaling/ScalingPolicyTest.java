package com.wedsync.guardian.scaling;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScalingPolicyTest {

    @Test
    void badValuesAreRejectedNamingTheFieldAndTheValue() {
        assertThatThrownBy(() -> ScalingPolicy.builder().maxStep(0)).hasMessage("maxStep must be >= 1, but was 0");
        assertThatThrownBy(() -> ScalingPolicy.builder().scaleDownWindow(Duration.ofSeconds(-1)))
                .hasMessage("scaleDownWindow must be >= 0s, but was -1s");
        assertThatThrownBy(() -> ScalingPolicy.builder().targetUtilisation(1.5))
                .hasMessage("targetUtilisation must be > 0 and <= 1, but was 1.5");
        assertThatThrownBy(() -> ScalingPolicy.builder().floor(10).ceiling(5).build())
                .hasMessage("ceiling must be >= floor (10), but was 5");
        assertThatThrownBy(() -> ScalingPolicy.builder().floor(2).minIdleFloor(3).build())
                .hasMessage("minIdleFloor must be <= floor (2), but was 3");
        assertThatThrownBy(() -> ScalingMode.parse("yolo")).hasMessage("mode must be one of observe, recommend, enforce, but was yolo");
    }

    @Test
    void defaultsFollowDomainFigures() {
        ScalingPolicy p = ScalingPolicy.defaults();
        assertThat(p.mode()).isEqualTo(ScalingMode.RECOMMEND);
        assertThat(p.scaleDownWindow()).isEqualTo(Duration.ofMinutes(5));
        assertThat(p.tolerance()).isEqualTo(0.1);
        assertThat(p.connectionCreateTime()).isEqualTo(Duration.ofMillis(39));
    }
}
