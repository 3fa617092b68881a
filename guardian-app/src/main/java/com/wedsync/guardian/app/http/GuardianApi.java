package com.wedsync.guardian.app.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.wedsync.guardian.app.api.ContextDoc;
import com.wedsync.guardian.app.api.DatabaseDoc;
import com.wedsync.guardian.app.api.Endpoint.Reply;
import com.wedsync.guardian.app.api.OpenApi;
import com.wedsync.guardian.app.api.OperatorDocs.Cleared;
import com.wedsync.guardian.app.api.OperatorDocs.Emergency;
import com.wedsync.guardian.app.api.OperatorDocs.EmergencyStatus;
import com.wedsync.guardian.app.api.OperatorDocs.Liveness;
import com.wedsync.guardian.app.api.PoolDoc;
import com.wedsync.guardian.app.runtime.EmergencyDeclarations;
import com.wedsync.guardian.app.runtime.Guardian;
import com.wedsync.guardian.loop.LoopStatus;
import com.wedsync.guardian.metrics.GuardianMetrics;
import com.wedsync.guardian.scaling.AuditLog;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The guardian's endpoints, each with the documents it answers with; what each returns is read from the latest
 * {@code GuardianView} and copied into an {@code api} document record.
 */
public final class GuardianApi {

    private GuardianApi() {
    }

    public static ApiServer.Builder routes(Guardian guardian, ApiServer.Builder api) {
        register(guardian, api.table());
        return api;
    }

    /** Puts the guardian's routes in {@code table}: for a server, or for {@link LocalApi}. */
    static void register(Guardian guardian, RouteTable table) {
        DocumentedRoutes routes = new DocumentedRoutes(table);
        AlertRoutes.register(guardian, routes);
        ScalingRoutes.register(guardian, routes);
        FleetRoutes.register(guardian, routes);
        FreezeRoutes.register(guardian, routes);
        routes
                .get("/healthz", "200 while every background loop completes its passes; 503 naming each stalled loop.",
                        List.of(Reply.json(200, Liveness.class), Reply.json(503, Liveness.class)), req -> health(guardian))
                .get("/metrics", "Prometheus exposition of the guardian's metrics.",
                        List.of(Reply.text(200, "text/plain"), Reply.error(404)),
                        req -> guardian.metrics().prometheusEnabled()
                        ? ApiResponse.text(200, GuardianMetrics.SCRAPE_CONTENT_TYPE, guardian.metrics().scrape())
                        : ApiResponse.error(404, "the Prometheus exporter is off (metrics.prometheus.enabled)"))
                .get("/api/pools", "Every pool: snapshot, health and wedding context.", List.of(Reply.list(200, PoolDoc.class)),
                        req -> ApiResponse.ok(guardian.view().pools().stream().map(PoolDoc::of).toList()))
                .get("/api/pools/{name}", "One pool.", List.of(Reply.json(200, PoolDoc.class), Reply.error(404)),
                        req -> guardian.view().pools().stream()
                        .filter(p -> p.name().equals(req.param("name"))).findFirst()
                        .map(p -> ApiResponse.ok(PoolDoc.of(p)))
                        .orElseGet(() -> ApiResponse.error(404, "no pool named '" + req.param("name") + "'")))
                .get("/api/databases", "Each database server's view of its connections.",
                        List.of(Reply.list(200, DatabaseDoc.class)),
                        req -> ApiResponse.ok(guardian.view().serverViews().stream().map(DatabaseDoc::of).toList()))
                .get("/api/context", "The wedding context now, with the calendar's freshness.",
                        List.of(Reply.json(200, ContextDoc.class)),
                        req -> ApiResponse.ok(ContextDoc.of(guardian.view().context())
                                .withCalendar(guardian.calendar(), guardian.clock().instant())))
                .get("/api/emergency", "The operator-declared emergency in force, if any.",
                        List.of(Reply.json(200, EmergencyStatus.class)),
                        req -> ApiResponse.ok(new EmergencyStatus(
                                guardian.emergencies().active(guardian.clock().instant()).map(Emergency::of))))
                .post("/api/emergency", "Declare an emergency (actor, reason, expiresAt or ttl).",
                        List.of(Reply.json(201, Emergency.class), Reply.error(400), Reply.error(503)),
                        req -> declareEmergency(guardian, req))
                .post("/api/emergency/clear", "Clear the declared emergency (actor, reason).",
                        List.of(Reply.json(200, Cleared.class), Reply.error(400), Reply.error(503)),
                        req -> clearEmergency(guardian, req));
        String version = Optional.ofNullable(GuardianApi.class.getPackage().getImplementationVersion()).orElse("dev");
        routes.get("/api/openapi.json", "This description of the API (OpenAPI 3.1).", List.of(Reply.json(200, JsonNode.class)),
                req -> ApiResponse.ok(OpenApi.describe(routes.endpoints(), version)));
    }

    /** 200 while every background loop completes its passes; 503 naming each stalled loop and since when. */
    private static ApiResponse health(Guardian guardian) {
        List<LoopStatus> loops = guardian.loops().status();
        List<String> stalled = loops.stream().filter(LoopStatus::stalled).map(LoopStatus::describe).toList();
        Liveness body = new Liveness(stalled.isEmpty() ? "ok" : "stalled", guardian.view().at(),
                stalled.isEmpty() ? null : stalled, loops.stream().map(Liveness.Loop::of).toList());
        return ApiResponse.json(stalled.isEmpty() ? 200 : 503, body);
    }

    private static ApiResponse declareEmergency(Guardian guardian, ApiRequest req) {
        Optional<JsonBody> parsed = JsonBody.parse(req.body(), Bodies.EMERGENCY);
        if (parsed.isEmpty()) {
            return JsonBody.notAnObject();
        }
        JsonBody body = parsed.get();
        Instant now = guardian.clock().instant();
        String actor = body.required(Bodies.ACTOR);
        String reason = body.required(Bodies.REASON);
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
        return ApiResponse.json(201, Emergency.of(declaration));
    }

    private static ApiResponse clearEmergency(Guardian guardian, ApiRequest req) {
        Optional<JsonBody> parsed = JsonBody.parse(req.body(), Bodies.CLEAR);
        if (parsed.isEmpty()) {
            return JsonBody.notAnObject();
        }
        JsonBody body = parsed.get();
        String actor = body.required(Bodies.ACTOR);
        String reason = body.required(Bodies.REASON);
        Optional<ApiResponse> bad = body.badRequest();
        if (bad.isPresent()) {
            return bad.get();
        }
        try {
            return ApiResponse.ok(new Cleared(
                    guardian.emergencies().clear(actor, reason, guardian.clock().instant()).isPresent()));
        } catch (AuditLog.WriteFailed e) {
            return ApiResponse.notAudited("clearing the emergency", e);
        }
    }
}
