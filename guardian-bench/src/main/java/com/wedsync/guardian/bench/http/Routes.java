package com.wedsync.guardian.bench.http;

import com.wedsync.guardian.app.api.ScalingDoc.OverrideDoc;
import com.wedsync.guardian.app.http.ApiResponse;
import com.wedsync.guardian.app.http.ApiServer;
import com.wedsync.guardian.app.http.Bodies;
import com.wedsync.guardian.app.http.JsonBody;
import com.wedsync.guardian.scaling.EmergencyOverride;
import com.wedsync.guardian.scaling.OverrideScope;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The two routes measured, the same work on either server: {@code GET /healthz}, and {@code POST /api/overrides}
 * with the admin token, whose body is read and checked field by field and turned into an override as the real
 * route does (without the engine and its audit write, which are not the server's work).
 */
final class Routes {

    static final String TOKEN = "bench-t0ken";

    record Answer(int status, String body) {
    }

    private final Clock clock = Clock.systemUTC();

    Answer answer(String method, String path, String authorization, String body) {
        ApiResponse r;
        if ("GET".equals(method) && "/healthz".equals(path)) {
            r = health();
        } else if ("POST".equals(method) && "/api/overrides".equals(path)) {
            r = ("Bearer " + TOKEN).equals(authorization) ? override(body) : ApiResponse.error(401, "token");
        } else {
            r = ApiResponse.error(404, "no such endpoint");
        }
        return new Answer(r.status(), r.body());
    }

    ApiServer.Builder register(ApiServer.Builder api) {
        return api.adminToken(TOKEN)
                .get("/healthz", req -> health())
                .post("/api/overrides", req -> override(req.body()));
    }

    private ApiResponse health() {
        return ApiResponse.ok(Map.of("status", "ok", "at", clock.instant()));
    }

    private ApiResponse override(String text) {
        JsonBody b = JsonBody.parse(text, Bodies.POOL_OVERRIDE).orElse(null);
        if (b == null) {
            return JsonBody.notAnObject();
        }
        Instant now = clock.instant();
        String actor = b.required(Bodies.ACTOR);
        String reason = b.required(Bodies.REASON);
        Instant expires = b.expiry(now, Duration.ofHours(24));
        String pool = b.required(Bodies.POOL);
        OverrideScope action = b.get(Bodies.ACTION);
        Optional<ApiResponse> bad = b.badRequest();
        if (bad.isPresent()) {
            return bad.get();
        }
        return ApiResponse.json(201, OverrideDoc.of(new EmergencyOverride(UUID.randomUUID().toString(), actor, reason,
                now, expires, pool, action)));
    }
}
