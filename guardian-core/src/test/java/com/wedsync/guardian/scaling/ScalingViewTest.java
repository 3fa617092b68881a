package com.wedsync.guardian.scaling;

import com.wedsync.guardian.pool.PoolSize;
import com.wedsync.guardian.server.ServerView;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ScalingViewTest {

    private static final Instant T0 = Instant.parse("2026-06-13T14:00:00Z");

    @Test
    @SuppressWarnings("unchecked")
    void showsModeSizesTheBlockedDecisionWithItsCheckAndTheOverrides() {
        ScalingEngine engine = new ScalingEngine(Clock.fixed(T0, ZoneOffset.UTC), AuditLog.inMemory(), new Overrides());
        RecordingResizer r = new RecordingResizer(new PoolSize(40, 1));
        engine.register(new ManagedPool("orders", "main", r, ScalingPolicy.builder().mode(ScalingMode.ENFORCE).saturationCeiling(50)
                .scaleDownWindow(java.time.Duration.ZERO).build()));
        ServerView view = new ServerView("main", T0, true, "", 100, 3, Map.of("idle", 40), Map.of());
        engine.tick(new TickInput(T0, Map.of("orders", Snapshots.of(T0, 1, 39, 40, 1, 0, 0)), SafetyChecksTest.protectedContext(T0),
                Map.of("main", view), Map.of()));
        EmergencyOverride o = engine.grant(new EmergencyOverride("ov-9", "alice", "drill", T0, T0.plusSeconds(3600), "orders", OverrideScope.GROW));

        Map<String, Object> body = ScalingView.of(engine.status(), List.of(o));
        Map<String, Object> pool = ((List<Map<String, Object>>) body.get("pools")).get(0);
        assertThat(pool).containsEntry("pool", "orders").containsEntry("mode", "enforce");
        assertThat(pool.get("current")).isEqualTo(Map.of("max", 40, "minIdle", 1));
        Map<String, Object> last = (Map<String, Object>) pool.get("lastDecision");
        assertThat(last).containsEntry("outcome", "blocked").containsEntry("blockedBy", "protected-window");
        assertThat((String) last.get("reason")).contains("protected window");
        assertThat(((List<Map<String, Object>>) body.get("overrides")).get(0)).containsEntry("actor", "alice").containsEntry("action", "grow");
    }
}
