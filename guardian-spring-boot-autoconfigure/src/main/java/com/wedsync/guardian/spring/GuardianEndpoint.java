package com.wedsync.guardian.spring;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.wedsync.guardian.app.http.ApiResponse;
import com.wedsync.guardian.app.http.LocalApi;
import com.wedsync.guardian.app.runtime.Guardian;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.boot.actuate.endpoint.Access;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.boot.actuate.endpoint.web.WebEndpointResponse;
import org.springframework.lang.Nullable;

/**
 * The actuator endpoint {@code guardian}: the same documents and operator actions as the guardian's own HTTP API
 * ({@link LocalApi} calls its routes in process), under Boot's access model and the application's own security.
 * Read-only by default ({@code management.endpoint.guardian.access=unrestricted} opens the actions).
 * <ul>
 * <li>{@code GET /actuator/guardian}: every section at once (pools with health and reasons, databases, the wedding
 *     context, scaling, overrides, alerts, silences, the emergency, the fleet);</li>
 * <li>{@code GET /actuator/guardian/{section}} and {@code /actuator/guardian/pools/{name}},
 *     {@code /actuator/guardian/alerts/{id}}: one of them, as {@code GET /api/...} answers;</li>
 * <li>{@code POST /actuator/guardian/overrides}, {@code .../alerts/{id}/ack}, {@code .../emergency},
 *     {@code .../emergency/clear}, {@code .../pools/{name}/resize}: the operator's actions, with the authenticated
 *     user as their actor (the audit log's {@code actor}); without an authenticated user they are refused (401).</li>
 * </ul>
 */
@Endpoint(id = "guardian", defaultAccess = Access.READ_ONLY)
public class GuardianEndpoint {

    /** Each readable section and the API path that answers it. */
    static final Map<String, String> SECTIONS = sections();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final GuardianRunner runner;

    public GuardianEndpoint(GuardianRunner runner) {
        this.runner = runner;
    }

    private static Map<String, String> sections() {
        Map<String, String> s = new LinkedHashMap<>();
        for (String name : List.of("pools", "databases", "context", "scaling", "overrides", "alerts", "silences",
                "emergency", "fleet")) {
            s.put(name, "/api/" + name);
        }
        return java.util.Collections.unmodifiableMap(s);
    }

    @ReadOperation
    public WebEndpointResponse<Object> guardian() {
        Optional<LocalApi> api = api();
        if (api.isEmpty()) {
            return notRunning(runner);
        }
        Map<String, Object> all = new LinkedHashMap<>();
        SECTIONS.forEach((name, path) -> {
            ApiResponse r = api.get().get(path, Map.of());
            all.put(name, body(r));
        });
        return new WebEndpointResponse<>(all, 200);
    }

    @ReadOperation
    public WebEndpointResponse<Object> section(@Selector(match = Selector.Match.ALL_REMAINING) String... path) {
        boolean known = path.length >= 1 && SECTIONS.containsKey(path[0])
                && (path.length == 1 || (path.length == 2 && (path[0].equals("pools") || path[0].equals("alerts"))));
        if (!known) {
            return error(404, "no such section: " + String.join("/", path) + " (sections: "
                    + String.join(", ", SECTIONS.keySet()) + "; pools/{name}, alerts/{id})");
        }
        return api().map(a -> answer(a.get(apiPath(path), Map.of()))).orElseGet(() -> notRunning(runner));
    }

    @WriteOperation
    public WebEndpointResponse<Object> act(@Selector(match = Selector.Match.ALL_REMAINING) String[] path,
                                           @Nullable String reason, @Nullable String ttl, @Nullable String expiresAt,
                                           @Nullable String pool, @Nullable String action, @Nullable String service,
                                           @Nullable String environment, @Nullable String max, @Nullable String minIdle,
                                           @Nullable Principal principal) {
        String p = String.join("/", path);
        boolean known = p.equals("overrides") || p.equals("emergency") || p.equals("emergency/clear")
                || (path.length == 3 && path[0].equals("alerts") && path[2].equals("ack"))
                || (path.length == 3 && path[0].equals("pools") && path[2].equals("resize"));
        if (!known) {
            return error(404, "no such action: " + p + " (actions: overrides, alerts/{id}/ack, emergency,"
                    + " emergency/clear, pools/{name}/resize)");
        }
        if (principal == null || principal.getName() == null || principal.getName().isBlank()) {
            return error(401, "an operator's action needs an authenticated user: the audit log records who acted");
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put(path[0].equals("alerts") ? "who" : "actor", principal.getName());
        put(body, "reason", reason);
        put(body, "ttl", ttl);
        put(body, "expiresAt", expiresAt);
        put(body, "pool", pool);
        put(body, "action", action);
        put(body, "service", service);
        put(body, "environment", environment);
        put(body, "max", max);
        put(body, "minIdle", minIdle);
        Optional<LocalApi> api = api();
        if (api.isEmpty()) {
            return notRunning(runner);
        }
        try {
            return answer(api.get().post(apiPath(path), JSON.writeValueAsString(body)));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return error(400, "the request cannot be read");
        }
    }

    private Optional<LocalApi> api() {
        return runner.guardian().map(GuardianEndpoint::local);
    }

    /** One LocalApi per running guardian: its route table is built once. */
    private static final Map<Guardian, LocalApi> APIS = java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    private static LocalApi local(Guardian g) {
        return APIS.computeIfAbsent(g, LocalApi::of);
    }

    private static String apiPath(String[] path) {
        return "/api/" + Arrays.stream(path).map(s -> URLEncoder.encode(s, StandardCharsets.UTF_8))
                .collect(Collectors.joining("/"));
    }

    private static void put(Map<String, Object> body, String key, String value) {
        if (value != null) {
            body.put(key, value);
        }
    }

    private static WebEndpointResponse<Object> answer(ApiResponse r) {
        return new WebEndpointResponse<>(body(r), r.status());
    }

    /** The API's JSON as plain maps and lists, so Boot's own JSON (Jackson 2 or 3) writes the same document. */
    private static Object body(ApiResponse r) {
        try {
            return JSON.readValue(r.body(), Object.class);
        } catch (IOException e) {
            return r.body();
        }
    }

    private static WebEndpointResponse<Object> notRunning(GuardianRunner runner) {
        return error(503, runner.failure().isEmpty() ? "the guardian is not running yet (it starts once the application"
                + " has started, and stops before it ends)" : "the guardian could not start: " + runner.failure());
    }

    private static WebEndpointResponse<Object> error(int status, String message) {
        return new WebEndpointResponse<>(Map.of("error", message), status);
    }
}
