package com.wedsync.guardian.scaling;

import com.wedsync.guardian.config.ConfigReader;
import com.wedsync.guardian.config.Problems;
import com.wedsync.guardian.config.SchemaAssertions;
import com.wedsync.guardian.config.Substitution;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 13, item 1: {@code scaling:} declared once, for the section and for each of its pools. */
class ScalingSchemaTest {

    @Test
    void everySettingHasItsDocAndADefaultWithinItsBounds() {
        SchemaAssertions.assertWellDeclared(ScalingSchema.SECTION);
        assertThat(ScalingSchema.POOLS.element().keys()).containsAll(ScalingSchema.SECTION.keys().stream()
                .filter(k -> !k.equals("pools")).toList());
    }

    @Test
    void theSaturationCeilingDefaultsToCoresTimesTwoPlusSpindles() {
        Problems problems = new Problems();
        ScalingPolicy p = ScalingSchema.policy(ConfigReader.of(Map.of("databaseCores", 4, "databaseSpindles", 2),
                ScalingSchema.SECTION, problems, Substitution.NONE));

        assertThat(p.saturationCeiling()).isEqualTo(10);
        assertThat(problems.isEmpty()).isTrue();
    }
}
