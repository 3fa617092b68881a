package com.wedsync.guardian.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;

import static com.wedsync.guardian.app.cli.ForecastCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

class OverrideCommandTest {

    private HttpServer server;
    private final AtomicReference<String> body = new AtomicReference<>();
    private final AtomicReference<String> auth = new AtomicReference<>();
    private volatile int status = 201;
    private volatile String reply = "{\"id\":\"ov-1\"}";

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api/overrides", ex -> {
            body.set(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            auth.set(ex.getRequestHeaders().getFirst("Authorization"));
            byte[] b = reply.getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(status, b.length);
            ex.getResponseBody().write(b);
            ex.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Test
    void postsTheOverrideWithTheTokenAndPrintsTheAnswer() throws Exception {
        ForecastCommandTest.Run r = run("override", "--actor", "alice", "--reason", "failover drill", "--expires", "2h",
                "--pool", "orders", "--action", "shrink", "--url", url(), "--token", "s3cret-token");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("ov-1");
        JsonNode sent = new ObjectMapper().readTree(body.get());
        assertThat(sent.get("actor").asText()).isEqualTo("alice");
        assertThat(sent.get("reason").asText()).isEqualTo("failover drill");
        assertThat(sent.get("ttl").asText()).isEqualTo("PT2H");
        assertThat(sent.get("pool").asText()).isEqualTo("orders");
        assertThat(sent.get("action").asText()).isEqualTo("shrink");
        assertThat(auth.get()).isEqualTo("Bearer s3cret-token");
        assertThat(r.out() + r.err()).doesNotContain("s3cret-token");
    }

    @Test
    void aDeployBreakGlassSendsServiceAndEnvironmentInsteadOfAPool() throws Exception {
        ForecastCommandTest.Run r = run("override", "--actor", "alice", "--reason", "payment hotfix", "--expires", "30m",
                "--action", "deploy", "--service", "checkout", "--environment", "production", "--url", url());
        ForecastCommandTest.Run noService = run("override", "--actor", "alice", "--reason", "r", "--expires", "30m",
                "--action", "deploy", "--environment", "production", "--url", url());

        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode sent = new ObjectMapper().readTree(body.get());
        assertThat(sent.get("action").asText()).isEqualTo("deploy");
        assertThat(sent.get("service").asText()).isEqualTo("checkout");
        assertThat(sent.get("environment").asText()).isEqualTo("production");
        assertThat(sent.has("pool")).isFalse();
        assertThat(noService.exit()).isEqualTo(2);
        assertThat(noService.err()).contains("--service is required");
    }

    @Test
    void aRefusalExitsTwoWithTheServersMessageAndNeverTheToken() {
        status = 400;
        reply = "{\"error\":\"reason is required\",\"echo\":\"s3cret-token\"}";
        ForecastCommandTest.Run r = run("override", "--actor", "alice", "--reason", "x", "--expires", "2h",
                "--pool", "orders", "--action", "grow", "--url", url(), "--token", "s3cret-token");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("HTTP 400").contains("reason is required").doesNotContain("s3cret-token");
    }

    @Test
    void missingOrBadFieldsAreRefusedBeforeAnythingIsSent() {
        ForecastCommandTest.Run noActor = run("override", "--reason", "x", "--expires", "2h", "--pool", "orders", "--action", "grow", "--url", url());
        assertThat(noActor.exit()).isEqualTo(2);
        assertThat(noActor.err()).contains("--actor");
        ForecastCommandTest.Run badAction = run("override", "--actor", "a", "--reason", "x", "--expires", "2h", "--pool", "orders",
                "--action", "explode", "--url", url());
        assertThat(badAction.exit()).isEqualTo(2);
        assertThat(badAction.err()).contains("--action must be one of grow, shrink, any");
        ForecastCommandTest.Run blankReason = run("override", "--actor", "a", "--reason", " ", "--expires", "2h", "--pool", "orders",
                "--action", "grow", "--url", url());
        assertThat(blankReason.err()).contains("--reason must not be blank");
        ForecastCommandTest.Run badUrl = run("override", "--actor", "a", "--reason", "r", "--expires", "2h", "--pool", "orders",
                "--action", "grow", "--url", "guardian.internal:8080");
        assertThat(badUrl.exit()).isEqualTo(2);
        assertThat(badUrl.err()).contains("--url is not a valid URL");
        assertThat(body.get()).isNull();
    }
}
