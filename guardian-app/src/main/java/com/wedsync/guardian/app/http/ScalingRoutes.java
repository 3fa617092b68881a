package com.wedsync.guardian.app.http;

import com.wedsync.guardian.app.api.AuditDoc;
import com.wedsync.guardian.app.api.Endpoint.Reply;
import com.wedsync.guardian.app.api.ScalingDoc;
import com.wedsync.guardian.app.api.ScalingDoc.OverrideDoc;
import com.wedsync.guardian.app.runtime.Guardian;
import com.wedsync.guardian.app.runtime.PoolStatus;
import com.wedsync.guardian.app.runtime.Scaling;
import com.wedsync.guardian.pool.PoolSize;
import com.wedsync.guardian.pool.PoolSnapshot;
import com.wedsync.guardian.scaling.Decision;
import com.wedsync.guardian.scaling.EmergencyOverride;
import com.wedsync.guardian.scaling.AuditEntry;
import com.wedsync.guardian.scaling.AuditLog;
import com.wedsync.guardian.scaling.OverrideScope;
import com.wedsync.guardian.scaling.TickInput;
import com.wedsync.guardian.server.ServerView;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
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

    static void register(Guardian guardian, DocumentedRoutes api) {
        Reply notConfigured = Reply.error(404);
        api
                .get("/api/scaling", "Each managed pool's size, target, latest decision and forecast; the overrides.",
                        List.of(Reply.json(200, ScalingDoc.class), notConfigured),
                        req -> withScaling(guardian, s -> ApiResponse.ok(
                        ScalingDoc.of(s.engine().status(), s.engine().activeOverrides()))))
                .get("/api/overrides", "The overrides in force.", List.of(Reply.list(200, OverrideDoc.class), notConfigured),
                        req -> withScaling(guardian, s -> ApiResponse.ok(
                        s.engine().activeOverrides().stream().map(OverrideDoc::of).toList())))
                .post("/api/overrides", "Grant an override (actor, reason, pool or *, action, expiresAt or ttl); with action"
                                + " deploy, a deploy break-glass for service and environment (its pool reads service@environment).",
                        List.of(Reply.json(201, OverrideDoc.class), Reply.error(400), notConfigured, Reply.error(503)),
                        req -> FreezeRoutes.isDeployOverride(req) ? FreezeRoutes.breakGlass(guardian, req)
                                : withScaling(guardian, s -> override(guardian, s, req)))
                .post("/api/pools/{name}/resize", "Ask the engine for a size (actor, reason, max, minIdle).",
                        List.of(Reply.json(200, AuditDoc.class), Reply.error(400), notConfigured, Reply.error(503)),
                        req -> withScaling(guardian, s -> resize(guardian, s, req)));
    }

    private static ApiResponse withScaling(Guardian guardian, Function<Scaling, ApiResponse> action) {
        return guardian.scaling().map(action)
                .orElseGet(() -> ApiResponse.error(404, "scaling is not configured on this guardian"));
    }

    private static ApiResponse override(Guardian guardian, Scaling s, ApiRequest req) {
        Optional<JsonBody> parsed = JsonBody.parse(req.body(), Bodies.POOL_OVERRIDE);
        if (parsed.isEmpty()) {
            return JsonBody.notAnObject();
        }
        JsonBody b = parsed.get();
        Instant now = s.clock().instant();
        String actor = b.required(Bodies.ACTOR);
        String reason = b.required(Bodies.REASON);
        Instant expires = b.expiry(now, guardian.operatorLimits().maxOverride());
        String pool = b.required(Bodies.POOL);
        OverrideScope scope = b.get(Bodies.ACTION);
        Optional<ApiResponse> bad = b.badRequest();
        if (bad.isPresent()) {
            return bad.get();
        }
        List<String> managed = managedPools(s);
        if (!EmergencyOverride.ALL_POOLS.equals(pool) && !managed.contains(pool)) {
            return noSuchPool(pool, managed, " (or * for every pool)");
        }
        try {
            EmergencyOverride granted = s.engine().grant(new EmergencyOverride(UUID.randomUUID().toString(), actor, reason,
                    now, expires, pool, scope));
            return ApiResponse.json(201, OverrideDoc.of(granted));
        } catch (AuditLog.WriteFailed e) {
            return ApiResponse.notAudited("the override", e);
        }
    }

    private static ApiResponse resize(Guardian guardian, Scaling s, ApiRequest req) {
        Optional<JsonBody> parsed = JsonBody.parse(req.body(), Bodies.RESIZE);
        if (parsed.isEmpty()) {
            return JsonBody.notAnObject();
        }
        JsonBody b = parsed.get();
        String actor = b.required(Bodies.ACTOR);
        String reason = b.required(Bodies.REASON);
        Optional<Integer> max = b.find(Bodies.MAX);
        Optional<Integer> givenMinIdle = b.find(Bodies.MIN_IDLE);
        if (max.isPresent() && givenMinIdle.isPresent() && givenMinIdle.get() > max.get()) {
            b.problem(Bodies.MIN_IDLE, "must not exceed max (" + max.get() + "), but was " + givenMinIdle.get());
        }
        Optional<ApiResponse> bad = b.badRequest();
        if (bad.isPresent()) {
            return bad.get();
        }
        List<String> managed = managedPools(s);
        PoolStatus pool = guardian.view().pools().stream().filter(p -> p.name().equals(req.param("name")))
                .findFirst().orElse(null);
        if (pool == null || !managed.contains(pool.name())) {
            return noSuchPool(req.param("name"), managed, "");
        }
        int newMax = max.get();
        PoolSize to = new PoolSize(newMax, givenMinIdle.orElse(Math.min(newMax, pool.snapshot().minIdle())));
        Map<String, PoolSnapshot> snapshots = new HashMap<>();
        guardian.view().pools().forEach(p -> snapshots.put(p.name(), p.snapshot()));
        Map<String, ServerView> servers = new HashMap<>();
        guardian.view().serverViews().forEach(v -> servers.put(v.database(), v));
        Instant at = s.clock().instant();
        try {
            Decision d = s.engine().requestResize(pool.name(), to, actor, reason,
                    new TickInput(at, snapshots, guardian.view().context(), servers, s.forecasts()));
            return ApiResponse.ok(AuditDoc.of(AuditEntry.of(d)));
        } catch (AuditLog.WriteFailed e) {
            return ApiResponse.notAudited("the resize", e);
        }
    }

    private static List<String> managedPools(Scaling s) {
        return s.engine().status().stream().map(com.wedsync.guardian.scaling.PoolStatus::pool).toList();
    }

    /** 404 naming the pools there are, so that a typo is seen at once. */
    private static ApiResponse noSuchPool(String name, List<String> managed, String alternative) {
        return ApiResponse.error(404, "no pool named '" + name + "' is managed by the scaling engine; its pools: "
                + (managed.isEmpty() ? "none" : String.join(", ", managed)) + alternative);
    }
}
