package com.wedsync.guardian.app.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * The scripted operator's way into the running guardian: its HTTP API, with the admin token as a bearer
 * token, the way {@code guardian override} or curl would reach it. The token is never shown.
 */
final class GuardianClient {

    /** A response: the status and the body, parsed when it is JSON. */
    record Response(int status, JsonNode body) {

        boolean ok() {
            return status / 100 == 2;
        }

        /** The API's own message for a refusal ({@code {"error": …}}), or the body. */
        String message() {
            JsonNode error = body.path("error");
            return error.isMissingNode() ? body.toString() : error.asText();
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final URI base;
    private final String token;

    /** @param base the guardian's address, such as {@code http://127.0.0.1:8080} */
    GuardianClient(URI base, String token) {
        this.base = Objects.requireNonNull(base, "base");
        this.token = Objects.requireNonNull(token, "token");
    }

    Response get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT).GET());
    }

    Response post(String path, Map<String, ?> body) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    }

    private Response send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        JsonNode body;
        try {
            body = r.body() == null || r.body().isBlank() ? MissingNode.getInstance() : JSON.readTree(r.body());
        } catch (IOException notJson) {
            body = JSON.getNodeFactory().textNode(r.body());
        }
        return new Response(r.statusCode(), body);
    }

    @Override
    public String toString() {
        return "guardian API at " + base;
    }
}
