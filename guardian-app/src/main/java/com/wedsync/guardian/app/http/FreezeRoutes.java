package com.wedsync.guardian.app.http;

import com.wedsync.guardian.app.api.Endpoint.Reply;
import com.wedsync.guardian.app.api.FreezeDoc;
import com.wedsync.guardian.app.api.ScalingDoc.OverrideDoc;
import com.wedsync.guardian.app.freeze.FreezeExport;
import com.wedsync.guardian.app.github.DeploymentGate;
import com.wedsync.guardian.app.runtime.Guardian;
import com.wedsync.guardian.freeze.DeployOverride;
import com.wedsync.guardian.scaling.AuditLog;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * {@code GET /api/freeze.ics} (the next 30 days' freezes, to subscribe to), {@code GET /api/freeze} (may this service be deployed to this environment now, or at {@code at}) and the deploy
 * break-glass, {@code POST /api/overrides} with {@code action: deploy}: who, why, until when (within
 * {@code operator.maxOverride}), for which service and environment; audited before it is granted.
 */
final class FreezeRoutes {

    /** How far from now {@code at} may lie: a decade either way is every real question, and no date arithmetic overflows. */
    private static final Duration AT_RANGE = Duration.ofDays(3660);

    /** How far ahead the subscribed calendar reaches, as the CLI export by default. */
    static final Duration EXPORTED = Duration.ofDays(30);

    private FreezeRoutes() {
    }

    static void register(Guardian guardian, DocumentedRoutes api) {
        api.get("/api/freeze", "May service be deployed to environment now, or at the instant at: frozen, reasons,"
                + " until, nextFreeze, the break-glass used.", List.of(Reply.json(200, FreezeDoc.class), Reply.error(400)),
                req -> decide(guardian, req))
                .get("/api/freeze.ics", "The next 30 days' deploy freezes as an iCalendar feed.",
                        List.of(Reply.text(200, "text/calendar")), req -> {
                            Instant now = guardian.freeze().clock().instant();
                            return ApiResponse.text(200, FreezeExport.ICS.contentType(), FreezeExport.ICS.render(
                                    guardian.freeze().schedule(now, now.plus(EXPORTED)), now));
                        })
                .webhook("/api/github/deployment-protection", "GitHub's deployment_protection_rule webhook, signed with"
                        + " X-Hub-Signature-256: approved or rejected at once (200), or held until the freeze ends (202).",
                        List.of(Reply.json(200, FreezeDoc.GitHubReceipt.class), Reply.json(202, FreezeDoc.GitHubReceipt.class),
                                Reply.error(400), Reply.error(401), Reply.error(404), Reply.error(502)),
                        req -> guardian.github().map(gate -> github(gate, req)).orElseGet(() -> ApiResponse.error(404,
                                "GitHub's deployment protection rule is not configured (freeze.github)")));
    }

    private static ApiResponse github(DeploymentGate gate, ApiRequest req) {
        DeploymentGate.Receipt r = gate.receive(req.body(), req.header("X-Hub-Signature-256"), req.header("X-GitHub-Event"));
        return r.status() / 100 == 2 ? ApiResponse.json(r.status(), new FreezeDoc.GitHubReceipt(r.message()))
                : ApiResponse.error(r.status(), r.message());
    }

    /** True for a {@code POST /api/overrides} body whose action is {@code deploy}. */
    static boolean isDeployOverride(ApiRequest req) {
        return JsonBody.peek(req.body(), Bodies.ACTION.key()).map("deploy"::equalsIgnoreCase).orElse(false);
    }

    static ApiResponse breakGlass(Guardian guardian, ApiRequest req) {
        Optional<JsonBody> parsed = JsonBody.parse(req.body(), Bodies.DEPLOY_OVERRIDE);
        if (parsed.isEmpty()) {
            return JsonBody.notAnObject();
        }
        JsonBody b = parsed.get();
        Instant now = guardian.freeze().clock().instant();
        String actor = b.required(Bodies.ACTOR);
        String reason = b.required(Bodies.REASON);
        Instant expires = b.expiry(now, guardian.operatorLimits().maxOverride());
        String service = b.required(Bodies.SERVICE);
        String environment = b.required(Bodies.ENVIRONMENT);
        Optional<ApiResponse> bad = b.badRequest();
        if (bad.isPresent()) {
            return bad.get();
        }
        try {
            DeployOverride granted = guardian.freeze().grant(new DeployOverride(UUID.randomUUID().toString(), actor,
                    reason, now, expires, service, environment));
            return ApiResponse.json(201, new OverrideDoc(granted.id(), granted.actor(), granted.reason(),
                    granted.service() + "@" + granted.environment(), "deploy", granted.createdAt(), granted.expiresAt()));
        } catch (AuditLog.WriteFailed e) {
            return ApiResponse.notAudited("the deploy override", e);
        }
    }

    private static ApiResponse decide(Guardian guardian, ApiRequest req) {
        String service = req.query().getOrDefault("service", "");
        String environment = req.query().getOrDefault("environment", "");
        Optional<Instant> at = Optional.empty();
        String rawAt = req.query().get("at");
        Instant now = guardian.freeze().clock().instant();
        if (rawAt != null) {
            try {
                at = Optional.of(Instant.parse(rawAt.strip()));
            } catch (DateTimeException e) {
                return ApiResponse.error(400, "at must be an ISO-8601 instant like 2026-06-13T14:00:00Z, but was '"
                        + (rawAt.length() > 40 ? rawAt.substring(0, 40) + "…" : rawAt) + "'");
            }
            if (at.get().isBefore(now.minus(AT_RANGE)) || at.get().isAfter(now.plus(AT_RANGE))) {
                return ApiResponse.error(400, "at must lie within ten years of now (" + now + "), but was " + at.get());
            }
        }
        try {
            return ApiResponse.ok(FreezeDoc.of(guardian.freeze().decide(service, environment, at)));
        } catch (IllegalArgumentException e) {
            return ApiResponse.error(400, e.getMessage());
        }
    }
}
