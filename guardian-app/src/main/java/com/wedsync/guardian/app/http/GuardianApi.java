package com.wedsync.guardian.app.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.wedsync.guardian.app.runtime.CalendarStatus;
import com.wedsync.guardian.app.runtime.EmergencyDeclarations;
import com.wedsync.guardian.app.runtime.Guardian;
import com.wedsync.guardian.loop.LoopStatus;
import com.wedsync.guardian.metrics.GuardianMetrics;
import com.wedsync.guardian.scaling.AuditLog;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The guardian's endpoints, one line each; what each returns is read from the latest {@code GuardianView}. */
public final class GuardianApi {

    private GuardianApi() {
    }

    public static ApiServer.Builder routes(Guardian guardian, ApiServer.Builder api) {
        AlertRoutes.register(guardian, api);
        ScalingRoutes.register(guardian, api);
        FleetRoutes.register(guardian, api);
        return api
                .get("/healthz", req -> health(guardian))
                .get("/metrics", req -> guardian.metrics().prometheusEnabled()
                        ? ApiResponse.text(200, GuardianMetrics.SCRAPE_CONTENT_TYPE, guardian.metrics().scrape())
                        : ApiResponse.error(404, "the Prometheus exporter is off (metrics.prometheus.enabled)"))
                .get("/api/pools", req -> ApiResponse.ok(guardian.view().pools()))
                .get("/api/pools/{name}", req -> guardian.view().pools().stream()
                        .filter(p -> p.name().equals(req.param("name"))).findFirst()
                        .map(ApiResponse::ok)
                        .orElseGet(() -> ApiResponse.error(404, "no pool named '" + req.param("name") + "'")))
                .get("/api/databases", req -> ApiResponse.ok(guardian.view().serverViews()))
                .get("/api/context", req -> context(guardian))
                .get("/api/emergency", req -> ApiResponse.ok(
                        Map.of("active", guardian.emergencies().active(guardian.clock().instant()))))
                .post("/api/emergency", req -> declareEmergency(guardian, req))
                .post("/api/emergency/clear", req -> clearEmergency(guardian, req));
    }

    /** 200 while every background loop completes its passes; 503 naming each stalled loop and since when. */
    private static ApiResponse health(Guardian guardian) {
        List<LoopStatus> loops = guardian.loops().status();
        List<String> stalled = loops.stream().filter(LoopStatus::stalled).map(LoopStatus::describe).toList();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", stalled.isEmpty() ? "ok" : "stalled");
        body.put("at", guardian.view().at());
        if (!stalled.isEmpty()) {
            body.put("stalled", stalled);
        }
        body.put("loops", loops);
        return ApiResponse.json(stalled.isEmpty() ? 200 : 503, body);
    }

    /** The context now, with the calendar's freshness: when it last refreshed, whether stale, each source. */
    private static ApiResponse context(Guardian guardian) {
        Instant now = guardian.clock().instant();
        ObjectNode body = Json.MAPPER.valueToTree(guardian.view().context());
        ObjectNode calendar = body.putObject("calendar");
        CalendarStatus status = guardian.calendar();
        calendar.putPOJO("lastRefreshed", status.lastRefreshed().orElse(null));
        calendar.put("stale", status.stale(now));
        calendar.put("weddings", status.get().size());
        calendar.set("sources", Json.MAPPER.valueToTree(status.sources(now)));
        return ApiResponse.ok(body);
    }

    private static ApiResponse declareEmergency(Guardian guardian, ApiRequest req) {
        Optional<JsonBody> parsed = JsonBody.parse(req.body());
        if (parsed.isEmpty()) {
            return JsonBody.notAnObject();
        }
        JsonBody body = parsed.get();
        Instant now = guardian.clock().instant();
        String actor = body.required("actor", JsonBody.NAME_MAX);
        String reason = body.required("reason", JsonBody.TEXT_MAX);
        Instant until = body.expiry(now, guardian.operatorLimits().maxEmergency());
        Optional<ApiResponse> bad = body.badRequest();
        if (bad.isPresent()) {
            return bad.get();
        }
        var declaration = new EmergencyDeclarations.Declaration(actor, reason, now, until);
        try {
            guardian.emergencies().declare(declaration);
        } catch (AuditLog.WriteFailed e) {
            return ApiResponse.notAudited("the emergency", e);
        }
        return ApiResponse.json(201, declaration);
    }

    private static ApiResponse clearEmergency(Guardian guardian, ApiRequest req) {
        Optional<JsonBody> parsed = JsonBody.parse(req.body());
        if (parsed.isEmpty()) {
            return JsonBody.notAnObject();
        }
        JsonBody body = parsed.get();
        String actor = body.required("actor", JsonBody.NAME_MAX);
        String reason = body.required("reason", JsonBody.TEXT_MAX);
        Optional<ApiResponse> bad = body.badRequest();
        if (bad.isPresent()) {
            return bad.get();
        }
        try {
            return ApiResponse.ok(Map.of("cleared",
                    guardian.emergencies().clear(actor, reason, guardian.clock().instant()).isPresent()));
        } catch (AuditLog.WriteFailed e) {
            return ApiResponse.notAudited("clearing the emergency", e);
        }
    }
}
