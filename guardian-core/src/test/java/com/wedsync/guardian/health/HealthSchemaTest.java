package com.wedsync.guardian.health;

import com.wedsync.guardian.config.ConfigReader;
import com.wedsync.guardian.config.Problems;
import com.wedsync.guardian.config.SchemaAssertions;
import com.wedsync.guardian.config.Substitution;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 13, item 1: {@code health:} declared once; the builder's defaults and bounds are the declaration's. */
class HealthSchemaTest {

    @Test
    void everySettingHasItsDocAndADefaultWithinItsBounds() {
        SchemaAssertions.assertWellDeclared(HealthSchema.SECTION);
    }

    @Test
    void theBuildersDefaultsAreTheDeclaredOnes() {
        HealthThresholds d = HealthThresholds.defaults();
        assertThat(d.window()).isEqualTo(HealthSchema.WINDOW.defaultValue());
        assertThat(d.waitP99Degraded()).isEqualTo(HealthSchema.WAIT_P99_DEGRADED.defaultValue());
        assertThat(d.headroomCritical()).isEqualTo(HealthSchema.HEADROOM_CRITICAL.defaultValue());
    }

    @Test
    void aSectionIsReadAndAnOrderProblemIsReportedAtTheSection() {
        Problems problems = new Problems();
        HealthThresholds t = HealthSchema.read(ConfigReader.of(Map.of("window", "1m", "saturationDegraded", "0.9",
                "saturationCritical", 0.85), HealthSchema.SECTION, problems, Substitution.NONE));

        assertThat(t).as("the defaults, after the problem").isSameAs(HealthThresholds.defaults());
        assertThat(problems.lines()).containsExactly("saturationCritical must be >= saturationDegraded (0.9), but was 0.85");

        Problems none = new Problems();
        assertThat(HealthSchema.read(ConfigReader.of(Map.of("window", "1m"), HealthSchema.SECTION, none,
                Substitution.NONE)).window()).isEqualTo(Duration.ofMinutes(1));
        assertThat(none.isEmpty()).isTrue();
    }
}
