package com.wedsync.guardian.time;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 17, item 11: durations shown to people read as people write them, not as ISO-8601. */
class DurationsHumanTest {

    @Test
    void aLeadTimeOfTwoMinutesAndSomeMillisecondsIsTwoMinutes() {
        assertThat(Durations.human(Duration.parse("PT2M0.078S"))).isEqualTo("2 min");
    }

    @Test
    void twoLargestUnitsTheRestRounded() {
        assertThat(Durations.human(Duration.ofMinutes(30))).isEqualTo("30 min");
        assertThat(Durations.human(Duration.ofMinutes(90))).isEqualTo("1 h 30 min");
        assertThat(Durations.human(Duration.ofSeconds(75))).isEqualTo("1 min 15 s");
        assertThat(Durations.human(Duration.ofSeconds(7180))).isEqualTo("2 h");
        assertThat(Durations.human(Duration.ofHours(26).plusMinutes(10))).isEqualTo("1 d 2 h");
        assertThat(Durations.human(Duration.ofSeconds(30))).isEqualTo("30 s");
    }

    @Test
    void shortOnesKeepTheirPrecision() {
        assertThat(Durations.human(Duration.ofMillis(250))).isEqualTo("250 ms");
        assertThat(Durations.human(Duration.ofMillis(1500))).isEqualTo("1.5 s");
        assertThat(Durations.human(Duration.ofSeconds(1))).isEqualTo("1 s");
        assertThat(Durations.human(Duration.ZERO)).isEqualTo("0 ms");
        assertThat(Durations.human(Duration.ofSeconds(-90))).isEqualTo("-1 min 30 s");
    }
}
