package com.wedsync.guardian.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The API called in process (the Spring Boot starter's actuator endpoint) answers as the server does: the same
 * documents for reads, the same checks, refusals and audit for the operator's actions; the webhooks are not reachable.
 */
class LocalApiTest {

    private static ApiFixture fx;
    private static LocalApi local;

    @BeforeAll
    static void start() {
        fx = ApiFixture.start(ApiFixture.ALERTS_TO_LOG, b -> b);
        local = LocalApi.of(fx.guardian);
    }

    @AfterAll
    static void stop() throws Exception {
        fx.close();
    }

    @Test
    void readsAnswerWithTheServersDocuments() throws Exception {
        ApiResponse overrides = local.get("/api/overrides", Map.of());
        assertThat(overrides.status()).isEqualTo(200);
        assertThat(overrides.body()).isEqualTo(fx.get("/api/overrides").body());
        assertThat(local.get("/api/scaling", Map.of()).body()).contains("\"pool\" : \"orders\"", "\"mode\" : \"recommend\"");
        ApiResponse pool = local.get("/api/pools/orders", Map.of());
        assertThat(pool.status()).isEqualTo(200);
        assertThat(pool.body()).contains("\"name\" : \"orders\"", "\"health\"");
        assertThat(local.get("/api/pools/nope", Map.of()).status()).isEqualTo(404);
        assertThat(local.get("/api/nothing-here", Map.of()).body()).contains("no such endpoint");
        assertThat(local.post("/api/pools", "{}").status()).isEqualTo(405);
    }

    @Test
    void anOverrideGoesThroughTheSameChecksAndIntoTheAuditLog() {
        ApiResponse missing = local.post("/api/overrides", "{\"reason\": \"ceremony rush\"}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body()).contains("actor is required", "pool is required");
        ApiResponse granted = local.post("/api/overrides", "{\"actor\": \"local-ana\", \"reason\": \"rush over\","
                + " \"ttl\": \"1h\", \"pool\": \"orders\", \"action\": \"shrink\"}");
        assertThat(granted.status()).as(granted.body()).isEqualTo(201);
        assertThat(fx.guardian.scaling().orElseThrow().engine().activeOverrides())
                .anySatisfy(o -> assertThat(o.actor()).isEqualTo("local-ana"));
    }

    @Test
    void webhooksAreNotReachableInProcess() {
        assertThat(local.post("/api/github/deployment-protection", "{}").status()).isEqualTo(404);
        assertThat(local.post("/api/overrides", "x".repeat(70_000)).status()).isEqualTo(413);
    }
}
