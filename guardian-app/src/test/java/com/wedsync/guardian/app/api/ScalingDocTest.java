package com.wedsync.guardian.app.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.wedsync.guardian.app.http.Json;
import com.wedsync.guardian.forecast.ForecastPoint;
import com.wedsync.guardian.pool.PoolSize;
import com.wedsync.guardian.scaling.Decision;
import com.wedsync.guardian.scaling.Direction;
import com.wedsync.guardian.scaling.EmergencyOverride;
import com.wedsync.guardian.scaling.Outcome;
import com.wedsync.guardian.scaling.OverrideScope;
import com.wedsync.guardian.scaling.PoolStatus;
import com.wedsync.guardian.scaling.SafetyVerdict;
import com.wedsync.guardian.scaling.ScalingMode;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code GET /api/scaling}'s document (was core's ScalingViewTest before issue 13 moved the shape into the app). */
class ScalingDocTest {

    private static final Instant T0 = Instant.parse("2026-06-13T14:00:00Z");

    @Test
    void showsModeSizesTheBlockedDecisionWithItsCheckTheForecastAndTheOverrides() throws Exception {
        Decision blocked = new Decision("orders", T0, ScalingMode.ENFORCE, Direction.SHRINK, new PoolSize(40, 1),
                new PoolSize(20, 1), Outcome.BLOCKED, "inside the protected window",
                List.of(SafetyVerdict.allow("headroom", "ok"), SafetyVerdict.block("protected-window", "a wedding")), "");
        PoolStatus status = new PoolStatus("orders", ScalingMode.ENFORCE, Optional.of(new PoolSize(40, 1)),
                Optional.empty(), Optional.of(blocked), Optional.empty(),
                List.of(new ForecastPoint(T0, 12.34567, 10.0, 15.0, 0.8, 2)));
        EmergencyOverride o = new EmergencyOverride("ov-9", "alice", "drill", T0, T0.plusSeconds(3600), "orders",
                OverrideScope.GROW);

        JsonNode body = new ObjectMapper().readTree(Json.write(ScalingDoc.of(List.of(status), List.of(o))));

        JsonNode pool = body.path("pools").path(0);
        assertThat(pool.path("pool").asText()).isEqualTo("orders");
        assertThat(pool.path("mode").asText()).isEqualTo("enforce");
        assertThat(pool.path("current").path("max").asInt()).isEqualTo(40);
        assertThat(pool.path("target").isNull()).isTrue();
        JsonNode last = pool.path("lastDecision");
        assertThat(last.path("outcome").asText()).isEqualTo("blocked");
        assertThat(last.path("direction").asText()).isEqualTo("shrink");
        assertThat(last.path("blockedBy").asText()).isEqualTo("protected-window");
        assertThat(last.path("overrideId").isNull()).isTrue();
        assertThat(pool.path("forecast").path(0).path("expectedConnections").asDouble()).isEqualTo(12.346);
        assertThat(body.path("overrides").path(0).path("actor").asText()).isEqualTo("alice");
        assertThat(body.path("overrides").path(0).path("action").asText()).isEqualTo("grow");
    }
}
