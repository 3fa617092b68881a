package com.wedsync.guardian.app.http;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

class ApiServerTest {

    private final List<String> mutations = new CopyOnWriteArrayList<>();
    private final HttpClient client = HttpClient.newHttpClient();
    private ApiServer server;

    @BeforeEach
    void start() throws Exception {
        server = ApiServer.builder()
                .adminToken("t0ken")
                .get("/api/things/{name}", req -> ApiResponse.ok(Map.of("name", req.param("name"))))
                .post("/api/things/{name}/poke", req -> {
                    mutations.add(req.param("name") + ":" + req.body());
                    return ApiResponse.json(201, Map.of("poked", req.param("name")));
                })
                .start("127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder at(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
    }

    @Test
    void servesJsonWithDecodedPathParameters() throws Exception {
        HttpResponse<String> r = send(at("/api/things/first%20dance"));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
        assertThat(r.body()).contains("\"name\" : \"first dance\"");
    }

    @Test
    void mutationsNeedTheAdminToken() throws Exception {
        HttpResponse<String> none = send(at("/api/things/cake/poke").POST(HttpRequest.BodyPublishers.ofString("{}")));
        HttpResponse<String> wrong = send(at("/api/things/cake/poke").header("Authorization", "Bearer nope")
                .POST(HttpRequest.BodyPublishers.ofString("{}")));
        HttpResponse<String> right = send(at("/api/things/cake/poke").header("Authorization", "Bearer t0ken")
                .POST(HttpRequest.BodyPublishers.ofString("{\"why\":1}")));

        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.body()).doesNotContain("t0ken");
        assertThat(right.statusCode()).isEqualTo(201);
        assertThat(mutations).containsExactly("cake:{\"why\":1}");
    }

    @Test
    void withoutAConfiguredTokenMutationsAreRefused() throws Exception {
        try (ApiServer open = ApiServer.builder().post("/x", req -> ApiResponse.ok(Map.of())).start("127.0.0.1", 0)) {
            HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + open.port() + "/x"))
                    .header("Authorization", "Bearer anything").POST(HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(403);
            assertThat(r.body()).contains("no admin token is configured");
        }
    }

    @Test
    void unknownPathsAndMethodsAreClientErrors() throws Exception {
        assertThat(send(at("/nowhere")).statusCode()).isEqualTo(404);
        assertThat(send(at("/api/things/cake").DELETE()).statusCode()).isEqualTo(405);
    }

    @Test
    void anOversizedBodyIsRefused() throws Exception {
        String big = "x".repeat(70_000);
        HttpResponse<String> r = send(at("/api/things/cake/poke").header("Authorization", "Bearer t0ken")
                .POST(HttpRequest.BodyPublishers.ofString(big)));
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(mutations).isEmpty();
    }

    /**
     * Found probing the paths JsonBodyFuzzTest generates: after an answer given without reading the request's
     * body (a path Jetty refuses, an unknown endpoint), the connection is closed; without {@code Connection: close}
     * the client sent its next request on it and got no answer at all.
     */
    @Test
    void aClientReusingItsConnectionAfterARefusedRequestWithABodyGetsItsNextAnswer() throws Exception {
        for (int i = 0; i < 40; i++) {
            String body = "{\"why\": \"" + "x".repeat(i * 100) + "\"}";
            HttpResponse<String> refused = send(at(i % 2 == 0 ? "/api/things/%00/poke" : "/api/nowhere")
                    .header("Authorization", "Bearer t0ken").POST(HttpRequest.BodyPublishers.ofString(body)));
            HttpResponse<String> next = send(at("/api/things/cake/poke").header("Authorization", "Bearer t0ken")
                    .POST(HttpRequest.BodyPublishers.ofString(body)));

            assertThat(refused.statusCode()).isIn(400, 404);
            assertThat(next.statusCode()).isEqualTo(201);
        }
    }

    @Test
    void anOversizedBodyWithoutALengthIsRefusedOnceItPassesTheLimit() throws Exception {
        byte[] big = "x".repeat(70_000).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        HttpResponse<String> r = send(at("/api/things/cake/poke").header("Authorization", "Bearer t0ken")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(big))));
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(r.body()).contains("larger than 65536 bytes");
        assertThat(mutations).isEmpty();
    }

    /** Issue 10, item 9: with a read token configured, couples' names and venues are not served to anyone. */
    @Test
    void withAReadTokenReadsNeedItOrTheAdminTokenAndTheHealthCheckStaysOpen() throws Exception {
        try (ApiServer guarded = ApiServer.builder().adminToken("t0ken").readToken("r3ad")
                .get("/api/context", req -> ApiResponse.ok(Map.of("venue", "Chateau")))
                .get("/healthz", req -> ApiResponse.ok(Map.of("status", "ok")))
                .open("/healthz")
                .post("/api/overrides", req -> ApiResponse.json(201, Map.of()))
                .start("127.0.0.1", 0)) {
            String base = "http://127.0.0.1:" + guarded.port();
            HttpResponse<String> none = send(HttpRequest.newBuilder(URI.create(base + "/api/context")));
            HttpResponse<String> wrong = send(HttpRequest.newBuilder(URI.create(base + "/api/context")).header("Authorization", "Bearer nope"));
            HttpResponse<String> read = send(HttpRequest.newBuilder(URI.create(base + "/api/context")).header("Authorization", "Bearer r3ad"));
            HttpResponse<String> admin = send(HttpRequest.newBuilder(URI.create(base + "/api/context")).header("Authorization", "Bearer t0ken"));
            HttpResponse<String> health = send(HttpRequest.newBuilder(URI.create(base + "/healthz")));
            HttpResponse<String> mutationWithReadToken = send(HttpRequest.newBuilder(URI.create(base + "/api/overrides"))
                    .header("Authorization", "Bearer r3ad").POST(HttpRequest.BodyPublishers.ofString("{}")));

            assertThat(none.statusCode()).isEqualTo(401);
            assertThat(none.body()).contains("http.readToken").doesNotContain("Chateau", "r3ad");
            assertThat(wrong.statusCode()).isEqualTo(401);
            assertThat(read.statusCode()).isEqualTo(200);
            assertThat(read.body()).contains("Chateau");
            assertThat(admin.statusCode()).isEqualTo(200);
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(mutationWithReadToken.statusCode()).isEqualTo(401);
        }
    }

    /** Issue 10, item 9: listening beyond loopback with open reads is said at start. */
    @Test
    void warnsAtStartWhenListeningBeyondLoopbackWithoutAReadToken() throws Exception {
        ch.qos.logback.classic.Logger log = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(ApiServer.class);
        ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> seen = new ch.qos.logback.core.read.ListAppender<>();
        seen.start();
        log.addAppender(seen);
        try {
            ApiServer.builder().get("/x", req -> ApiResponse.ok(Map.of())).start("127.0.0.1", 0).close();
            ApiServer.builder().readToken("r3ad").get("/x", req -> ApiResponse.ok(Map.of())).start("0.0.0.0", 0).close();
            assertThat(seen.list).isEmpty();

            ApiServer.builder().get("/x", req -> ApiResponse.ok(Map.of())).start("0.0.0.0", 0).close();
        } finally {
            log.detachAppender(seen);
        }
        assertThat(seen.list).singleElement().satisfies(e -> assertThat(e.getFormattedMessage())
                .contains("0.0.0.0", "beyond loopback", "http.readToken"));
    }

    @Test
    void serverErrorsAndMalformedRequestsAnswerJsonWithoutAStackTrace() throws Exception {
        try (ApiServer failing = ApiServer.builder().get("/boom", req -> {
            throw new IllegalStateException("secret detail");
        }).start("127.0.0.1", 0)) {
            HttpResponse<String> boom = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + failing.port() + "/boom"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            String badEscape;
            try (java.net.Socket raw = new java.net.Socket("127.0.0.1", failing.port())) {
                raw.setSoTimeout(5_000);
                raw.getOutputStream().write("GET /boom%zz HTTP/1.1\r\nHost: guardian\r\nConnection: close\r\n\r\n"
                        .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                badEscape = new String(raw.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            }

            assertThat(boom.statusCode()).isEqualTo(500);
            assertThat(boom.body()).contains("\"error\"").doesNotContain("secret detail", "at com.");
            assertThat(badEscape).startsWith("HTTP/1.1 400").contains("application/json", "\"error\"").doesNotContain("at org.");
        }
    }
}
