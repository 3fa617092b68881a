package com.wedsync.guardian.app.http;

import com.wedsync.guardian.alert.pipeline.AlertDesk;
import com.wedsync.guardian.alert.pipeline.AlertView;
import com.wedsync.guardian.alert.route.LabelMatcher;
import com.wedsync.guardian.app.api.AlertDoc;
import com.wedsync.guardian.app.api.AlertDoc.SilenceDoc;
import com.wedsync.guardian.app.api.Endpoint.Reply;
import com.wedsync.guardian.app.runtime.Alerting;
import com.wedsync.guardian.app.runtime.Guardian;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/** {@code /api/alerts} and {@code /api/silences}: the alert desk's state, acknowledgements and silences. */
final class AlertRoutes {

    /** Longer than any planned maintenance; a silence meant to last for ever is a route to change instead. */
    static final Duration LONGEST_SILENCE = Duration.ofDays(90);

    private AlertRoutes() {
    }

    static void register(Guardian guardian, DocumentedRoutes api) {
        Reply notConfigured = Reply.error(404);
        api
                .get("/api/alerts", "Every alert the desk holds, firing and recently resolved.",
                        List.of(Reply.list(200, AlertDoc.class), notConfigured),
                        req -> withDesk(guardian, (desk, now) -> ApiResponse.ok(AlertDoc.all(desk.alerts()))))
                .get("/api/alerts/{id}", "One alert.", List.of(Reply.json(200, AlertDoc.class), notConfigured),
                        req -> withDesk(guardian, (desk, now) -> desk.alert(req.param("id"))
                        .map(a -> ApiResponse.ok(AlertDoc.of(a)))
                        .orElseGet(() -> ApiResponse.error(404, "no alert with id '" + req.param("id") + "'"))))
                .post("/api/alerts/{id}/ack", "Acknowledge an alert by id or dedup key (who).",
                        List.of(Reply.json(200, AlertDoc.Acknowledged.class),
                                Reply.json(202, AlertDoc.Forwarded.class), Reply.error(400), notConfigured,
                                Reply.error(409), Reply.error(503)),
                        req -> withDesk(guardian, (desk, now) -> acknowledge(guardian, desk, req, now)))
                .get("/api/silences", "Every silence, with its state now.",
                        List.of(Reply.list(200, SilenceDoc.class), notConfigured),
                        req -> withDesk(guardian, (desk, now) -> ApiResponse.ok(
                        desk.silences().list(now).stream().map(s -> SilenceDoc.of(s, now)).toList())))
                .post("/api/silences", "Create a silence (matchers, author, comment, expiresAt or ttl, startsAt).",
                        List.of(Reply.json(201, SilenceDoc.class), Reply.error(400), notConfigured),
                        req -> withDesk(guardian, (desk, now) -> silence(desk, req, now)))
                .post("/api/silences/{id}/expire", "Expire a silence now.",
                        List.of(Reply.json(200, SilenceDoc.class), notConfigured),
                        req -> withDesk(guardian, (desk, now) ->
                        desk.silences().expire(req.param("id"), now).map(s -> ApiResponse.ok(SilenceDoc.of(s, now)))
                                .orElseGet(() -> ApiResponse.error(404, "no silence with id '" + req.param("id") + "'"))));
    }

    private static ApiResponse withDesk(Guardian guardian, BiFunction<AlertDesk, Instant, ApiResponse> action) {
        Optional<Alerting> alerting = guardian.alerting();
        return alerting.isEmpty() ? ApiResponse.error(404, "alerts are not configured on this guardian")
                : action.apply(alerting.get().desk(), guardian.clock().instant());
    }

    private static ApiResponse acknowledge(Guardian guardian, AlertDesk desk, ApiRequest req, Instant now) {
        Optional<JsonBody> parsed = JsonBody.parse(req.body(), Bodies.ACK);
        if (parsed.isEmpty()) {
            return JsonBody.notAnObject();
        }
        String who = parsed.get().required(Bodies.WHO);
        Optional<ApiResponse> bad = parsed.get().badRequest();
        if (bad.isPresent()) {
            return bad.get();
        }
        List<AlertView> touched = desk.acknowledge(req.param("id"), who, now);
        if (touched.isEmpty() && guardian.fleet().isPresent()) {
            return FleetRoutes.forwardAck(guardian.fleet().get(), req.param("id"), who);
        }
        if (touched.isEmpty()) {
            return ApiResponse.error(404, "no alert with id or dedup key '" + req.param("id") + "'");
        }
        if (guardian.fleet().isPresent() && touched.stream().anyMatch(a -> AlertView.FIRING.equals(a.state()))) {
            guardian.fleet().get().acknowledged(req.param("id"), who);
        }
        if (touched.stream().noneMatch(a -> AlertView.FIRING.equals(a.state()))) {
            return ApiResponse.error(409, "alert '" + req.param("id") + "' is resolved (at " + touched.get(0).endsAt()
                    + "): there is nothing to acknowledge");
        }
        return ApiResponse.ok(new AlertDoc.Acknowledged(AlertDoc.all(touched)));
    }

    private static ApiResponse silence(AlertDesk desk, ApiRequest req, Instant now) {
        Optional<JsonBody> parsed = JsonBody.parse(req.body(), Bodies.SILENCE);
        if (parsed.isEmpty()) {
            return JsonBody.notAnObject();
        }
        JsonBody body = parsed.get();
        List<LabelMatcher> matchers = body.find(Bodies.MATCHERS).orElse(List.of());
        if (!body.has(Bodies.MATCHERS)) {
            body.problem(Bodies.MATCHERS, "is required: a list such as [\"pool=orders\", \"condition=~saturation|timeouts\"]");
        }
        String author = body.required(Bodies.AUTHOR);
        String comment = body.required(Bodies.COMMENT);
        Instant endsAt = body.expiry(now, LONGEST_SILENCE);
        Instant startsAt = body.get(Bodies.STARTS_AT);
        Optional<ApiResponse> bad = body.badRequest();
        if (bad.isPresent()) {
            return bad.get();
        }
        try {
            return ApiResponse.json(201, SilenceDoc.of(desk.silences().create(matchers, author, comment, startsAt, endsAt, now), now));
        } catch (IllegalArgumentException e) {
            return ApiResponse.error(400, e.getMessage());
        }
    }
}
