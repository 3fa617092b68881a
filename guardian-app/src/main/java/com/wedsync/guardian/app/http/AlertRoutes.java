package com.wedsync.guardian.app.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.wedsync.guardian.alert.pipeline.AlertDesk;
import com.wedsync.guardian.alert.pipeline.AlertView;
import com.wedsync.guardian.alert.route.LabelMatcher;
import com.wedsync.guardian.alert.silence.Silence;
import com.wedsync.guardian.app.runtime.Alerting;
import com.wedsync.guardian.app.runtime.Guardian;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/** {@code /api/alerts} and {@code /api/silences}: the alert desk's state, acknowledgements and silences. */
final class AlertRoutes {

    /** Longer than any planned maintenance; a silence meant to last for ever is a route to change instead. */
    static final Duration LONGEST_SILENCE = Duration.ofDays(90);
    private static final int MAX_MATCHERS = 32;

    private AlertRoutes() {
    }

    static ApiServer.Builder register(Guardian guardian, ApiServer.Builder api) {
        return api
                .get("/api/alerts", req -> withDesk(guardian, (desk, now) -> ApiResponse.ok(desk.alerts())))
                .get("/api/alerts/{id}", req -> withDesk(guardian, (desk, now) -> desk.alert(req.param("id"))
                        .map(ApiResponse::ok)
                        .orElseGet(() -> ApiResponse.error(404, "no alert with id '" + req.param("id") + "'"))))
                .post("/api/alerts/{id}/ack", req -> withDesk(guardian, (desk, now) -> acknowledge(guardian, desk, req, now)))
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

    private static ApiResponse acknowledge(Guardian guardian, AlertDesk desk, ApiRequest req, Instant now) {
        Optional<JsonBody> parsed = JsonBody.parse(req.body());
        if (parsed.isEmpty()) {
            return JsonBody.notAnObject();
        }
        String who = parsed.get().required("who", JsonBody.NAME_MAX);
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
        if (touched.stream().noneMatch(a -> AlertView.FIRING.equals(a.state()))) {
            return ApiResponse.error(409, "alert '" + req.param("id") + "' is resolved (at " + touched.get(0).endsAt()
                    + "): there is nothing to acknowledge");
        }
        return ApiResponse.ok(Map.of("acknowledged", touched));
    }

    private static ApiResponse silence(AlertDesk desk, ApiRequest req, Instant now) {
        Optional<JsonBody> parsed = JsonBody.parse(req.body());
        if (parsed.isEmpty()) {
            return JsonBody.notAnObject();
        }
        JsonBody body = parsed.get();
        String author = body.required("author", JsonBody.NAME_MAX);
        String comment = body.required("comment", JsonBody.TEXT_MAX);
        Instant endsAt = body.expiry(now, LONGEST_SILENCE);
        List<LabelMatcher> matchers = matchers(body);
        Instant startsAt = null;
        Optional<String> start = body.optional("startsAt", 40);
        try {
            startsAt = start.map(Instant::parse).orElse(null);
        } catch (DateTimeParseException e) {
            body.problem("startsAt must be an ISO-8601 instant like 2026-10-17T22:00:00Z, but was '" + start.get() + "'");
        }
        Optional<ApiResponse> bad = body.badRequest();
        if (bad.isPresent()) {
            return bad.get();
        }
        try {
            return ApiResponse.json(201, json(desk.silences().create(matchers, author, comment, startsAt, endsAt, now), now));
        } catch (IllegalArgumentException e) {
            return ApiResponse.error(400, e.getMessage());
        }
    }

    /** The body's matchers; each bad one is noted on the body. */
    private static List<LabelMatcher> matchers(JsonBody body) {
        List<LabelMatcher> matchers = new ArrayList<>();
        JsonNode list = body.node().get("matchers");
        if (list == null || !list.isArray() || list.isEmpty()) {
            body.problem("matchers is required: a list such as [\"pool=orders\", \"condition=~saturation|timeouts\"]");
        } else if (list.size() > MAX_MATCHERS) {
            body.problem("matchers must hold at most " + MAX_MATCHERS + " entries, but has " + list.size());
        } else {
            for (JsonNode m : list) {
                try {
                    matchers.add(LabelMatcher.parse(m.asText()));
                } catch (IllegalArgumentException e) {
                    body.problem(e.getMessage());
                }
            }
        }
        return matchers;
    }
}
