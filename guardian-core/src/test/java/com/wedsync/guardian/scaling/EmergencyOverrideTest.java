package com.wedsync.guardian.scaling;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmergencyOverrideTest {

    private static final Instant NOW = Instant.parse("2026-06-13T14:00:00Z");

    @Test
    void aMissingActorReasonOrExpiryIsRefusedNamingTheField() {
        assertThatThrownBy(() -> new EmergencyOverride("id", " ", "r", NOW, NOW.plusSeconds(60), "orders", OverrideScope.ANY))
                .hasMessage("actor is required");
        assertThatThrownBy(() -> new EmergencyOverride("id", "alice", null, NOW, NOW.plusSeconds(60), "orders", OverrideScope.ANY))
                .hasMessage("reason is required");
        assertThatThrownBy(() -> new EmergencyOverride("id", "alice", "r", NOW, null, "orders", OverrideScope.ANY))
                .hasMessage("expiresAt is required");
        assertThatThrownBy(() -> new EmergencyOverride("id", "alice", "r", NOW, NOW.minusSeconds(1), "orders", OverrideScope.ANY))
                .hasMessageContaining("expiresAt must be after now");
        assertThatThrownBy(() -> new EmergencyOverride("id", "alice", "r", NOW, NOW.plusSeconds(1), "orders", null))
                .hasMessageContaining("action is required");
        assertThatThrownBy(() -> OverrideScope.parse("explode")).hasMessage("action must be one of grow, shrink, any, deploy, but was explode");
    }

    @Test
    void overridesExpireAndMatchByPoolAndAction() {
        Overrides overrides = new Overrides();
        overrides.add(new EmergencyOverride("a", "alice", "r", NOW, NOW.plusSeconds(600), "orders", OverrideScope.SHRINK));
        assertThat(overrides.covering("orders", Direction.SHRINK, NOW.plusSeconds(10))).isPresent();
        assertThat(overrides.covering("orders", Direction.GROW, NOW.plusSeconds(10))).isEmpty();
        assertThat(overrides.covering("orders", Direction.SHRINK, NOW.plusSeconds(600))).isEmpty();
        assertThat(overrides.active(NOW.plusSeconds(601))).isEmpty();
    }
}
