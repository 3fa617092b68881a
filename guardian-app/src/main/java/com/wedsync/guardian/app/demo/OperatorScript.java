package com.wedsync.guardian.app.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.wedsync.guardian.app.http.GuardianClient;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * What the demo's operator does on a wedding Saturday, through the guardian's HTTP API as a person would:
 * <ol>
 *   <li>15:30, under the ceremony rush, a chaos drill: an override for shrink and a resize of the pool to
 *       {@value #BAD_MAX} connections, deliberately far too few; the engine's verification finds the change made
 *       things worse and rolls it back to the recorded previous size;</li>
 *   <li>from 17:00, the rush over but the weddings still on, the duty manager watches {@code GET /api/scaling}:
 *       once a shrink of the pool is blocked by the protected window, they grant an override for shrink for a
 *       venue hour, and the engine shrinks under it.</li>
 * </ol>
 * Whatever the API answers is in the audit log and on the console; the script itself notes only refusals.
 */
final class OperatorScript {

    static final String CHAOS = "demo: chaos drill";
    static final String DUTY_MANAGER = "demo: duty manager";
    static final int BAD_MAX = 4;

    private final GuardianClient api;
    private final String pool;
    private final BiConsumer<Instant, String> notes;

    OperatorScript(GuardianClient api, String pool, BiConsumer<Instant, String> notes) {
        this.api = api;
        this.pool = pool;
        this.notes = notes;
    }

    List<DemoOperator.Step> steps() {
        return List.of(
                new DemoOperator.Step("chaos drill", LocalTime.of(15, 30), LocalTime.of(16, 0),
                        "its half hour of the rush passed", this::chaosDrill),
                new DemoOperator.Step("duty manager", LocalTime.of(17, 0), LocalTime.of(19, 0),
                        "no shrink of " + pool + " was blocked by the protected window after the rush", this::dutyManager));
    }

    /** Under the rush, a deliberately bad change: the pool cut to a handful of connections. */
    boolean chaosDrill(Instant at) throws IOException, InterruptedException {
        GuardianClient.Response o = api.post("/api/overrides", Map.of("actor", CHAOS, "pool", pool, "action", "shrink",
                "ttl", "20m", "reason", "a deliberately bad change, to show the automatic rollback"));
        if (!o.ok()) {
            notes.accept(at, "operator: the chaos drill's override was refused (HTTP " + o.status() + "): " + o.message());
            return true;
        }
        GuardianClient.Response r = api.post("/api/pools/" + pool + "/resize", Map.of("actor", CHAOS, "max", BAD_MAX,
                "minIdle", 2, "reason", BAD_MAX + " connections under the ceremony rush, far too few on purpose"));
        if (!r.ok()) {
            notes.accept(at, "operator: the chaos drill's resize was refused (HTTP " + r.status() + "): " + r.message());
        } else if (!"applied".equals(r.body().path("outcome").asText())) {
            notes.accept(at, "operator: the chaos drill's resize was " + r.body().path("outcome").asText() + ": "
                    + r.body().path("reason").asText());
        }
        return true;
    }

    /** After the rush, once the protected window blocks a shrink of the pool: an override for shrink for an hour. */
    boolean dutyManager(Instant at) throws IOException, InterruptedException {
        GuardianClient.Response s = api.get("/api/scaling");
        if (!s.ok()) {
            return false;
        }
        Optional<JsonNode> blocked = blockedShrink(s.body());
        if (blocked.isEmpty()) {
            return false;
        }
        JsonNode d = blocked.get();
        GuardianClient.Response o = api.post("/api/overrides", Map.of("actor", DUTY_MANAGER, "pool", pool, "action", "shrink",
                "ttl", "1h", "reason", "the ceremony rush is over: let the blocked shrink " + d.path("from").path("max").asInt()
                        + " → " + d.path("to").path("max").asInt() + " through while the receptions run"));
        if (!o.ok()) {
            notes.accept(at, "operator: the duty manager's override was refused (HTTP " + o.status() + "): " + o.message());
        }
        return true;
    }

    /** The pool's last decision when it is a shrink of its maximum blocked by the protected window. */
    private Optional<JsonNode> blockedShrink(JsonNode scaling) {
        for (JsonNode p : scaling.path("pools")) {
            JsonNode d = p.path("lastDecision");
            if (pool.equals(p.path("pool").asText()) && "blocked".equals(d.path("outcome").asText())
                    && "protected-window".equals(d.path("blockedBy").asText())
                    && d.path("to").path("max").asInt() < d.path("from").path("max").asInt()) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }
}
