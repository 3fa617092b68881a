package com.wedsync.guardian.wedding;

import com.wedsync.guardian.config.ConfigReader;
import com.wedsync.guardian.config.Problems;
import com.wedsync.guardian.config.SchemaAssertions;
import com.wedsync.guardian.config.Substitution;
import org.junit.jupiter.api.Test;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Issue 13, item 1: {@code weddings:} declared once; protected hours are a value that checks itself. */
class WeddingsSchemaTest {

    @Test
    void everySettingHasItsDocAndADefaultWithinItsBounds() {
        SchemaAssertions.assertWellDeclared(WeddingsSchema.SECTION);
    }

    @Test
    void zonesAndHoursAreReadAndEachBadOneNamedByItsPath() {
        Problems problems = new Problems();
        ContextPolicy p = WeddingsSchema.policy(ConfigReader.of(Map.of("homeZones", List.of("Europe/London"),
                "protectedHours", "09:00-21:00"), WeddingsSchema.SECTION, problems, Substitution.NONE)).build();
        assertThat(p.homeZones()).containsExactly(ZoneId.of("Europe/London"));
        assertThat(p.protectedFrom()).isEqualTo(LocalTime.of(9, 0));

        WeddingsSchema.policy(ConfigReader.of(Map.of("homeZones", List.of("Europe/London", "Mars/Olympus"),
                "protectedHours", "22:00-08:00"), WeddingsSchema.SECTION, problems, Substitution.NONE));
        assertThat(problems.lines()).containsExactlyInAnyOrder(
                "homeZones[1]: must be an IANA zone such as Europe/London, but was 'Mars/Olympus'",
                "protectedHours: protectedFrom must be before protectedTo, but was 22:00 and 08:00");
        assertThatThrownBy(() -> ProtectedHours.parse("soon")).hasMessage("must look like 08:00-22:00, but was 'soon'");
    }
}
