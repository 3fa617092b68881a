package com.wedsync.guardian.time;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Issue 10, item 6: one duration parser, with bounds, for config, CLI and API. */
class DurationsTest {

    private static final Duration DAY = Duration.ofDays(1);

    @Test
    void theDocumentedFormsAreRead() {
        assertThat(Durations.parse("90s", Duration.ZERO, DAY)).isEqualTo(Duration.ofSeconds(90));
        assertThat(Durations.parse("15m", Duration.ZERO, DAY)).isEqualTo(Duration.ofMinutes(15));
        assertThat(Durations.parse(" 2h ", Duration.ZERO, DAY)).isEqualTo(Duration.ofHours(2));
        assertThat(Durations.parse("PT2H", Duration.ZERO, DAY)).isEqualTo(Duration.ofHours(2));
        assertThat(Durations.parse("pt90m", Duration.ZERO, DAY)).isEqualTo(Duration.ofMinutes(90));
        assertThat(Durations.parse("500ms", Duration.ZERO, DAY)).isEqualTo(Duration.ofMillis(500));
        assertThat(Durations.parse("1d", Duration.ZERO, DAY)).isEqualTo(DAY);
    }

    @Test
    void aValueBeyondTheMaximumIsRefusedNamingTheRange() {
        assertThatThrownBy(() -> Durations.parse("999999h", Duration.ofSeconds(1), DAY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("must be between 1s and 1d, but was 999999h");
        assertThatThrownBy(() -> Durations.parse("0s", Duration.ofSeconds(1), DAY))
                .hasMessage("must be between 1s and 1d, but was 0s");
    }

    @Test
    void overflowAndGarbageAreRefusedWithTheSameClearMessage() {
        for (String bad : new String[]{"99999999999999999999h", "9223372036854775807d", "PT99999999999999999999H", "abc",
                "", "-5m", "2 hours", null}) {
            assertThatThrownBy(() -> Durations.parse(bad, Duration.ZERO, Durations.LIMIT))
                    .as(bad)
                    .isInstanceOf(IllegalArgumentException.class)
                    .message().satisfiesAnyOf(
                            m -> assertThat(m).startsWith("must be a duration like 90s, 15m, 2h, 1d or PT2H, but was '"),
                            m -> assertThat(m).startsWith("must be between"))
                    .doesNotContain("For input string");
        }
        assertThat(Durations.parse("999999999999d")).isEmpty();
    }

    @Test
    void aPastedNovelIsNotEchoedBack() {
        assertThatThrownBy(() -> Durations.parse("x".repeat(10_000), Duration.ZERO, DAY))
                .message().hasSizeLessThan(150);
    }
}
