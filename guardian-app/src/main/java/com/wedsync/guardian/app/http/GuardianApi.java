package com.wedsync.guardian.app.http;

import com.wedsync.guardian.app.runtime.EmergencyDeclarations;
import com.wedsync.guardian.app.runtime.Guardian;
import com.wedsync.guardian.metrics.GuardianMetrics;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** The guardian's endpoints, one line each; what each returns is read from the latest {@code GuardianView}. */
public final class GuardianApi {

    private GuardianApi() {
    }

    public static ApiServer.Builder routes(Guardian guardian, ApiServer.Builder api) {
        return api
                .get("/healthz", req -> ApiResponse.ok(Map.of("status", "ok", "at", guardian.view().at())))
                .get("/metrics", req -> guardian.metrics().prometheusEnabled()
                        ? ApiResponse.text(200, GuardianMetrics.SCRAPE_CONTENT_TYPE, guardian.metrics().scrape())
                        : ApiResponse.error(404, "the Prometheus exporter is off (metrics.prometheus.enabled)"))
                .get("/api/pools", req -> ApiResponse.ok(guardian.view().pools()))
                .get("/api/pools/{name}", req -> guardian.view().pools().stream()
                        .filter(p -> p.name().equals(req.param("name"))).findFirst()
                        .map(ApiResponse::ok)
                        .orElseGet(() -> ApiResponse.error(404, "no pool named '" + req.param("name") + "'")))
                .get("/api/databases", req -> ApiResponse.ok(guardian.view().serverViews()))
                .get("/api/context", req -> ApiResponse.ok(guardian.view().context()))
                .get("/api/emergency", req -> ApiResponse.ok(
                        Map.of("active", guardian.emergencies().active(guardian.clock().instant()))))
                .post("/api/emergency", req -> declareEmergency(guardian, req))
                .post("/api/emergency/clear", req -> ApiResponse.ok(
                        Map.of("cleared", guardian.emergencies().clear(guardian.clock().instant()))));
    }

    private static ApiResponse declareEmergency(Guardian guardian, ApiRequest req) {
        Optional<JsonBody> parsed = JsonBody.parse(req.body());
        if (parsed.isEmpty()) {
            return JsonBody.notAnObject();
        }
        JsonBody body = parsed.get();
        Instant now = guardian.clock().instant();
        String actor = body.required("actor");
        String reason = body.required("reason");
        Instant until = body.expiry(now);
        Optional<ApiResponse> bad = body.badRequest();
        if (bad.isPresent()) {
            return bad.get();
        }
        try {
            var declaration = new EmergencyDeclarations.Declaration(actor, reason, now, until);
            guardian.emergencies().declare(declaration);
            return ApiResponse.json(201, declaration);
        } catch (IllegalArgumentException e) {
            return ApiResponse.error(400, e.getMessage());
        }
    }
}
