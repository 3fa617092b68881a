package com.wedsync.guardian.app.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.wedsync.guardian.alert.pipeline.AlertView;
import com.wedsync.guardian.testing.Eventually;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13, item 5: every endpoint of a real guardian answers with exactly what {@code GET /api/openapi.json}
 * describes, errors included. Each response is validated against its path's, method's and status's schema; a
 * status the description does not list, a field it does not declare or a required field missing fails the test.
 */
class OpenApiContractTest {

    private static final String TOKEN = ApiFixture.TOKEN;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    private final List<Connection> held = new ArrayList<>();
    private final Set<String> exercised = new HashSet<>();
    private ApiFixture fx;
    private JsonNode spec;

    @BeforeEach
    void start() throws Exception {
        // An alert resolves as soon as its condition clears, so that a 409 (ack of a resolved alert) can be seen.
        fx = ApiFixture.start(ApiFixture.ALERTS_TO_LOG + "  limits: {keepFiringFor: 0s}\n", b -> b);
        HttpResponse<String> r = fx.get("/api/openapi.json");
        assertThat(r.statusCode()).isEqualTo(200);
        spec = JSON.readTree(r.body());
        assertThat(spec.path("openapi").asText()).isEqualTo("3.1.0");
    }

    @AfterEach
    void stop() throws Exception {
        for (Connection c : held) {
            c.close();
        }
        fx.close();
    }

    @Test
    void everyEndpointAnswersAsDescribedIncludingItsErrors() throws Exception {
        get("/healthz", "/healthz", 200);
        get("/metrics", "/metrics", -1);
        get("/api/openapi.json", "/api/openapi.json", 200);
        get("/api/pools", "/api/pools", 200);
        get("/api/pools/{name}", "/api/pools/orders", 200);
        get("/api/pools/{name}", "/api/pools/nope", 404);
        get("/api/databases", "/api/databases", 200);
        get("/api/context", "/api/context", 200);
        get("/api/fleet", "/api/fleet", 404);
        get("/api/emergency", "/api/emergency", 200);

        post("/api/emergency", "/api/emergency", "{\"actor\": \"ana\"}", null, 401);
        post("/api/emergency", "/api/emergency", "{\"actor\": \"ana\"}", TOKEN, 400);
        post("/api/emergency", "/api/emergency", "{\"actor\": \"ana\", \"reason\": \"drill\", \"ttl\": \"1h\"}", TOKEN, 201);
        post("/api/emergency", "/api/emergency", "x".repeat(70_000), TOKEN, 413);
        get("/api/emergency", "/api/emergency", 200);
        post("/api/emergency/clear", "/api/emergency/clear", "[]", TOKEN, 400);
        post("/api/emergency/clear", "/api/emergency/clear", "{\"actor\": \"bo\", \"reason\": \"over\"}", TOKEN, 200);

        get("/api/alerts/{id}", "/api/alerts/nope", 404);
        post("/api/alerts/{id}/ack", "/api/alerts/nope/ack", "{\"who\": \"ana\"}", TOKEN, 404);
        String id = firingThenResolvedAlert();
        get("/api/alerts", "/api/alerts", 200);
        get("/api/alerts/{id}", "/api/alerts/" + id, 200);
        post("/api/alerts/{id}/ack", "/api/alerts/" + id + "/ack", "{}", TOKEN, 400);
        post("/api/alerts/{id}/ack", "/api/alerts/" + id + "/ack", "{\"who\": \"ana\"}", TOKEN, 409);


        get("/api/scaling", "/api/scaling", 200);
        post("/api/overrides", "/api/overrides", "{}", TOKEN, 400);
        post("/api/overrides", "/api/overrides", "{\"actor\": \"ana\", \"reason\": \"rush\", \"ttl\": \"2h\","
                + " \"pool\": \"nope\", \"action\": \"grow\"}", TOKEN, 404);
        post("/api/overrides", "/api/overrides", "{\"actor\": \"ana\", \"reason\": \"rush\", \"ttl\": \"2h\","
                + " \"pool\": \"orders\", \"action\": \"grow\"}", TOKEN, 201);
        get("/api/overrides", "/api/overrides", 200);
        post("/api/pools/{name}/resize", "/api/pools/orders/resize", "{\"actor\": \"a\", \"reason\": \"r\"}", TOKEN, 400);
        post("/api/pools/{name}/resize", "/api/pools/nope/resize", "{\"actor\": \"a\", \"reason\": \"r\", \"max\": 8}", TOKEN, 404);
        post("/api/pools/{name}/resize", "/api/pools/orders/resize",
                "{\"actor\": \"a\", \"reason\": \"load test\", \"max\": 6, \"minIdle\": 1}", TOKEN, 200);
        get("/api/scaling", "/api/scaling", 200);

        get("/api/freeze", "/api/freeze?service=checkout&environment=production", 200);
        get("/api/freeze", "/api/freeze?environment=production", 400);
        get("/api/freeze.ics", "/api/freeze.ics", 200);
        post("/api/github/deployment-protection", "/api/github/deployment-protection", "{}", null, 404);
        post("/api/overrides", "/api/overrides", "{\"actor\": \"ana\", \"reason\": \"hotfix\", \"ttl\": \"1h\","
                + " \"action\": \"deploy\", \"service\": \"checkout\", \"environment\": \"production\"}", TOKEN, 201);
        get("/api/freeze", "/api/freeze?service=checkout&environment=production", 200);

        get("/api/silences", "/api/silences", 200);
        post("/api/silences", "/api/silences", "{\"author\": \"ana\"}", TOKEN, 400);
        JsonNode silence = post("/api/silences", "/api/silences", "{\"matchers\": [\"pool=orders\"], \"author\": \"ana\","
                + " \"comment\": \"load test\", \"ttl\": \"30m\"}", TOKEN, 201);
        get("/api/silences", "/api/silences", 200);
        post("/api/silences/{id}/expire", "/api/silences/" + silence.path("id").asText() + "/expire", "", TOKEN, 200);
        post("/api/silences/{id}/expire", "/api/silences/nope/expire", "", TOKEN, 404);

        Set<String> described = new TreeSet<>();
        spec.path("paths").fields().forEachRemaining(p -> p.getValue().fieldNames()
                .forEachRemaining(m -> described.add(m.toUpperCase(java.util.Locale.ROOT) + " " + p.getKey())));
        assertThat(new TreeSet<>(exercised)).as("every described endpoint was called").isEqualTo(described);
    }

    @Test
    void aMutationOnAGuardianWithoutAdminTokenIsADescribedForbidden() throws Exception {
        try (ApiFixture noToken = ApiFixture.start(ApiFixture.ALERTS_TO_LOG, b -> b.adminToken(null))) {
            check("POST", "/api/emergency", noToken.post("/api/emergency",
                    "{\"actor\": \"ana\", \"reason\": \"drill\", \"ttl\": \"1h\"}", TOKEN), 403);
        }
    }

    @Test
    void aFieldTheDescriptionDoesNotDeclareOrARequiredOneMissingFails() throws Exception {
        ObjectNode pool = (ObjectNode) JSON.readTree(fx.get("/api/pools/orders").body());
        assertThat(violations("/api/pools/{name}", "get", 200, pool)).isEmpty();

        ObjectNode extra = pool.deepCopy();
        ((ObjectNode) extra.get("snapshot")).put("leakedField", 1);
        assertThat(violations("/api/pools/{name}", "get", 200, extra)).anyMatch(m -> m.contains("leakedField"));

        ObjectNode missing = pool.deepCopy();
        ((ObjectNode) missing.get("context")).remove("criticality");
        assertThat(violations("/api/pools/{name}", "get", 200, missing)).anyMatch(m -> m.contains("criticality"));
    }

    /** Saturates the pool until an alert fires, then frees it until that alert resolves; its id. */
    private String firingThenResolvedAlert() throws Exception {
        for (int i = 0; i < 4; i++) {
            held.add(fx.ds.getConnection());
        }
        var desk = fx.guardian.alerting().orElseThrow().desk();
        Eventually.await(Duration.ofSeconds(30), "an alert sent to its receivers",
                () -> desk.alerts().stream().anyMatch(a -> a.escalationLevel() >= 0));
        get("/api/alerts", "/api/alerts", 200);
        for (Connection c : held) {
            c.close();
        }
        held.clear();
        Eventually.await(Duration.ofSeconds(30), "every alert resolved",
                () -> desk.alerts().stream().allMatch(a -> AlertView.RESOLVED.equals(a.state())));
        return desk.alerts().get(0).id();
    }

    private JsonNode get(String template, String path, int status) throws Exception {
        return check("GET", template, fx.get(path), status);
    }

    private JsonNode post(String template, String path, String body, String token, int status) throws Exception {
        return check("POST", template, fx.post(path, body, token), status);
    }

    /** Validates one response against the description; {@code status} -1 accepts any described status. */
    private JsonNode check(String method, String template, HttpResponse<String> r, int status) throws Exception {
        String what = method + " " + template + " -> " + r.statusCode();
        if (status >= 0) {
            assertThat(r.statusCode()).as(what + ": " + r.body()).isEqualTo(status);
        }
        JsonNode response = spec.path("paths").path(template).path(method.toLowerCase(java.util.Locale.ROOT))
                .path("responses").path(String.valueOf(r.statusCode()));
        assertThat(response.isMissingNode()).as(what + " is not described").isFalse();
        String contentType = r.headers().firstValue("Content-Type").orElse("");
        String described = response.path("content").fieldNames().next();
        assertThat(contentType).as(what).startsWith(described.equals("text/plain") ? "text/plain" : described);
        exercised.add(method + " " + template);
        if (!described.equals("application/json")) {
            return null;
        }
        JsonNode body = JSON.readTree(r.body());
        assertThat(violations(template, method.toLowerCase(java.util.Locale.ROOT), r.statusCode(), body))
                .as(what + " answered " + r.body()).isEmpty();
        return body;
    }

    private List<String> violations(String template, String method, int status, JsonNode body) {
        JsonNode schema = spec.path("paths").path(template).path(method).path("responses").path(String.valueOf(status))
                .path("content").path("application/json").path("schema");
        ObjectNode root = schema.deepCopy();
        root.set("components", spec.get("components"));
        Set<ValidationMessage> errors = SCHEMAS.getSchema(root).validate(body);
        return errors.stream().map(ValidationMessage::getMessage).toList();
    }
}
