package com.wedsync.guardian.scaling;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OverrideRequestTest {

    private static final Instant NOW = Instant.parse("2026-06-13T14:00:00Z");

    @Test
    void aCompleteRequestBecomesAnOverrideWithTtlOrExpiresAt() {
        EmergencyOverride ttl = new OverrideRequest("alice", "failover", null, "PT2H", "orders", "shrink").toOverride("ov-1", NOW);
        EmergencyOverride at = new OverrideRequest("alice", "failover", "2026-06-13T15:00:00Z", "2h", "orders", "any").toOverride("ov-2", NOW);
        assertThat(ttl.expiresAt()).isEqualTo(NOW.plus(Duration.ofHours(2)));
        assertThat(ttl.scope()).isEqualTo(OverrideScope.SHRINK);
        assertThat(at.expiresAt()).isEqualTo(Instant.parse("2026-06-13T15:00:00Z"));
        assertThat(new OverrideRequest("a", "r", null, "90m", "p", "grow").toOverride("x", NOW).expiresAt()).isEqualTo(NOW.plusSeconds(5400));
    }

    @Test
    void eachMissingFieldIsNamed() {
        assertThatThrownBy(() -> new OverrideRequest(null, "r", null, "PT1H", "orders", "grow").toOverride("x", NOW)).hasMessage("actor is required");
        assertThatThrownBy(() -> new OverrideRequest("a", "", null, "PT1H", "orders", "grow").toOverride("x", NOW)).hasMessage("reason is required");
        assertThatThrownBy(() -> new OverrideRequest("a", "r", null, null, "orders", "grow").toOverride("x", NOW)).hasMessage("expiresAt is required (or ttl)");
        assertThatThrownBy(() -> new OverrideRequest("a", "r", null, "PT1H", " ", "grow").toOverride("x", NOW)).hasMessage("pool is required");
        assertThatThrownBy(() -> new OverrideRequest("a", "r", null, "PT1H", "orders", null).toOverride("x", NOW)).hasMessage("action is required");
        assertThatThrownBy(() -> new OverrideRequest("a", "r", "tomorrow", null, "orders", "grow").toOverride("x", NOW))
                .hasMessageContaining("expiresAt must be an ISO instant");
        assertThatThrownBy(() -> new OverrideRequest("a", "r", null, "-PT1H", "orders", "grow").toOverride("x", NOW))
                .hasMessageContaining("ttl must be positive");
    }
}
