package com.wedsync.guardian.app.http;

import com.wedsync.guardian.app.runtime.Guardian;
import com.wedsync.guardian.app.runtime.PoolStatus;
import com.wedsync.guardian.app.runtime.Scaling;
import com.wedsync.guardian.pool.PoolSize;
import com.wedsync.guardian.pool.PoolSnapshot;
import com.wedsync.guardian.scaling.Decision;
import com.wedsync.guardian.scaling.EmergencyOverride;
import com.wedsync.guardian.scaling.OverrideRequest;
import com.wedsync.guardian.scaling.ScalingView;
import com.wedsync.guardian.scaling.TickInput;
import com.wedsync.guardian.server.ServerView;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * {@code /api/scaling}, {@code /api/overrides} and {@code /api/pools/{name}/resize}. Overrides and manual
 * resizes go through the engine: the same safety checks, and the audit log records who, why and until when.
 */
final class ScalingRoutes {

    private ScalingRoutes() {
    }

    static ApiServer.Builder register(Guardian guardian, ApiServer.Builder api) {
        return api
                .get("/api/scaling", req -> withScaling(guardian, s -> ApiResponse.ok(
                        ScalingView.of(s.engine().status(), s.engine().activeOverrides()))))
                .get("/api/overrides", req -> withScaling(guardian, s -> ApiResponse.ok(
                        s.engine().activeOverrides().stream().map(ScalingView::override).toList())))
                .post("/api/overrides", req -> withScaling(guardian, s -> override(guardian, s, req)))
                .post("/api/pools/{name}/resize", req -> withScaling(guardian, s -> resize(guardian, s, req)));
    }

    private static ApiResponse withScaling(Guardian guardian, Function<Scaling, ApiResponse> action) {
        return guardian.scaling().map(action)
                .orElseGet(() -> ApiResponse.error(404, "scaling is not configured on this guardian"));
    }

    private static ApiResponse override(Guardian guardian, Scaling s, ApiRequest req) {
        Optional<JsonBody> parsed = JsonBody.parse(req.body());
        if (parsed.isEmpty()) {
            return JsonBody.notAnObject();
        }
        JsonBody b = parsed.get();
        OverrideRequest request = new OverrideRequest(b.optional("actor").orElse(null), b.optional("reason").orElse(null),
                b.optional("expiresAt").orElse(null), b.optional("ttl").orElse(null), b.optional("pool").orElse(null),
                b.optional("action").orElse(null));
        try {
            EmergencyOverride granted = s.engine().grant(request.toOverride(UUID.randomUUID().toString(),
                    s.clock().instant()));
            return ApiResponse.json(201, ScalingView.override(granted));
        } catch (IllegalArgumentException e) {
            return ApiResponse.error(400, e.getMessage());
        }
    }

    private static ApiResponse resize(Guardian guardian, Scaling s, ApiRequest req) {
        Optional<JsonBody> parsed = JsonBody.parse(req.body());
        if (parsed.isEmpty()) {
            return JsonBody.notAnObject();
        }
        JsonBody b = parsed.get();
        String actor = b.required("actor");
        String reason = b.required("reason");
        String max = b.required("max");
        Optional<ApiResponse> bad = b.badRequest();
        if (bad.isPresent()) {
            return bad.get();
        }
        PoolStatus pool = guardian.view().pools().stream().filter(p -> p.name().equals(req.param("name")))
                .findFirst().orElse(null);
        if (pool == null) {
            return ApiResponse.error(404, "no pool named '" + req.param("name") + "'");
        }
        try {
            int newMax = whole("max", max);
            Optional<String> givenMinIdle = b.optional("minIdle");
            int minIdle = givenMinIdle.isPresent() ? whole("minIdle", givenMinIdle.get()) : Math.min(newMax, pool.snapshot().minIdle());
            PoolSize to = new PoolSize(newMax, minIdle);
            Map<String, PoolSnapshot> snapshots = new HashMap<>();
            guardian.view().pools().forEach(p -> snapshots.put(p.name(), p.snapshot()));
            Map<String, ServerView> servers = new HashMap<>();
            guardian.view().serverViews().forEach(v -> servers.put(v.database(), v));
            Instant at = s.clock().instant();
            Decision d = s.engine().requestResize(pool.name(), to, actor, reason,
                    new TickInput(at, snapshots, guardian.view().context(), servers, s.forecasts()));
            return ApiResponse.ok(Map.of("pool", d.pool(), "outcome", d.outcome().label(),
                    "from", d.from().toString(), "to", d.to().toString(), "reason", d.reason()));
        } catch (IllegalArgumentException e) {
            return ApiResponse.error(400, e.getMessage());
        }
    }

    private static int whole(String field, String value) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(field + " must be a whole number of connections, but was '" + value + "'");
        }
    }
}
