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
}
