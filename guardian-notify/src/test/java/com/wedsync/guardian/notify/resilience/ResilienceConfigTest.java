package com.wedsync.guardian.notify.resilience;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ResilienceConfigTest {

    @Test
    void badValuesAreRejectedByNameAndValue() {
        assertThatThrownBy(() -> ResilienceConfig.builder().failureRateThreshold(120))
                .hasMessage("failureRateThreshold must be between 1 and 100, but was 120");
        assertThatThrownBy(() -> ResilienceConfig.builder().maxAttempts(0))
                .hasMessage("maxAttempts must be >= 1, but was 0");
        assertThatThrownBy(() -> ResilienceConfig.builder().initialBackoff(Duration.ZERO))
                .hasMessage("initialBackoff must be > 0, but was PT0S");
        assertThatThrownBy(() -> ResilienceConfig.builder().initialBackoff(Duration.ofMinutes(5))
                .maxBackoff(Duration.ofMinutes(1)).build())
                .hasMessage("maxBackoff must be >= initialBackoff (PT5M), but was PT1M");
    }

    @Test
    void backoffDoublesUpToItsCapAndYieldsToALongerRetryAfter() {
        Backoff b = new Backoff(ResilienceConfig.builder().initialBackoff(Duration.ofSeconds(1))
                .maxBackoff(Duration.ofSeconds(5)).maxRetryAfter(Duration.ofMinutes(2)).build());

        assertThat(b.after(1, Optional.empty())).isEqualTo(Duration.ofSeconds(1));
        assertThat(b.after(2, Optional.empty())).isEqualTo(Duration.ofSeconds(2));
        assertThat(b.after(3, Optional.empty())).isEqualTo(Duration.ofSeconds(4));
        assertThat(b.after(9, Optional.empty())).isEqualTo(Duration.ofSeconds(5));
        assertThat(b.after(1, Optional.of(Duration.ofSeconds(30)))).isEqualTo(Duration.ofSeconds(30));
        assertThat(b.after(3, Optional.of(Duration.ofSeconds(1)))).isEqualTo(Duration.ofSeconds(4));
        assertThat(b.after(1, Optional.of(Duration.ofDays(1)))).isEqualTo(Duration.ofMinutes(2));
    }
}
