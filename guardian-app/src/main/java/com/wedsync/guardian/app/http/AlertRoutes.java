package com.wedsync.guardian.app.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.wedsync.guardian.alert.pipeline.AlertDesk;
import com.wedsync.guardian.alert.pipeline.AlertView;
import com.wedsync.guardian.alert.route.LabelMatcher;
import com.wedsync.guardian.alert.silence.Silence;
import com.wedsync.guardian.app.runtime.Alerting;
import com.wedsync.guardian.app.runtime.Guardian;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/** {@code /api/alerts} and {@code /api/silences}: the alert desk's state, acknowledgements and silences. */
final class AlertRoutes {

    private AlertRoutes() {
    }

    static ApiServer.Builder register(Guardian guardian, ApiServer.Builder api) {
        return api
                .get("/api/alerts", req -> withDesk(guardian, (desk, now) -> ApiResponse.ok(desk.alerts())))
                .get("/api/alerts/{id}", req -> withDesk(guardian, (desk, now) -> desk.alert(req.param("id"))
                        .map(ApiResponse::ok)
                        .orElseGet(() -> ApiResponse.error(404, "no alert with id '" + req.param("id") + "'"))))
                .post("/api/alerts/{id}/ack", req -> withDesk(guardian, (desk, now) -> acknowledge(desk, req, now)))
                .get("/api/silences", req -> withDesk(guardian, (desk, now) -> ApiResponse.ok(
                        desk.silences().list(now).stream().map(s -> json(s, now)).toList())))
                .post("/api/silences", req -> withDesk(guardian, (desk, now) -> silence(desk, req, now)))
                .post("/api/silences/{id}/expire", req -> withDesk(guardian, (desk, now) ->
                        desk.silences().expire(req.param("id"), now).map(s -> ApiResponse.ok(json(s, now)))
                                .orElseGet(() -> ApiResponse.error(404, "no silence with id '" + req.param("id") + "'"))));
    }

    /** A silence as JSON: its matchers in their written form. */
    private static Map<String, Object> json(Silence s, Instant now) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("id", s.id());
        m.put("matchers", s.matchers().stream().map(LabelMatcher::toString).toList());
        m.put("author", s.author());
        m.put("comment", s.comment());
        m.put("startsAt", s.startsAt());
        m.put("endsAt", s.endsAt());
        m.put("state", s.state(now).name().toLowerCase(java.util.Locale.ROOT));
        return m;
    }

    private static ApiResponse withDesk(Guardian guardian, BiFunction<AlertDesk, Instant, ApiResponse> action) {
        Optional<Alerting> alerting = guardian.alerting();
        return alerting.isEmpty() ? ApiResponse.error(404, "alerts are not configured on this guardian")
                : action.apply(alerting.get().desk(), guardian.clock().instant());
    }

    private static ApiResponse acknowledge(AlertDesk desk, ApiRequest req, Instant now) {
        Optional<JsonBody> parsed = JsonBody.parse(req.body());
        if (parsed.isEmpty()) {
            return JsonBody.notAnObject();
        }
        String who = parsed.get().required("who");
        Optional<ApiResponse> bad = parsed.get().badRequest();
        if (bad.isPresent()) {
            return bad.get();
        }
        List<AlertView> touched = desk.acknowledge(req.param("id"), who, now);
        return touched.isEmpty() ? ApiResponse.error(404, "no alert with id or dedup key '" + req.param("id") + "'")
                : ApiResponse.ok(Map.of("acknowledged", touched));
    }

    private static ApiResponse silence(AlertDesk desk, ApiRequest req, Instant now) {
        Optional<JsonBody> parsed = JsonBody.parse(req.body());
        if (parsed.isEmpty()) {
            return JsonBody.notAnObject();
        }
        JsonBody body = parsed.get();
        String author = body.required("author");
        String comment = body.required("comment");
        Instant endsAt = body.expiry(now);
        List<LabelMatcher> matchers = new ArrayList<>();
        JsonNode list = body.node().get("matchers");
        if (list == null || !list.isArray() || list.isEmpty()) {
            return ApiResponse.error(400, "matchers is required: a list such as [\"pool=orders\", \"condition=~saturation|timeouts\"]");
        }
        try {
            for (JsonNode m : list) {
                matchers.add(LabelMatcher.parse(m.asText()));
            }
            Optional<ApiResponse> bad = body.badRequest();
            if (bad.isPresent()) {
                return bad.get();
            }
            Instant startsAt = body.optional("startsAt").map(Instant::parse).orElse(null);
            return ApiResponse.json(201, json(desk.silences().create(matchers, author, comment, startsAt, endsAt, now), now));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            return ApiResponse.error(400, e.getMessage());
        }
    }
}
