package com.wedsync.guardian.app.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.wedsync.guardian.http.BoundedBody;
import com.wedsync.guardian.http.BoundedExchange;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * A client of the running guardian's own HTTP API, with the admin token as a bearer token, as curl would
 * reach it: {@code guardian override} and the demo's scripted operator use it. The token is never shown. An answer
 * is read to at most {@link #MAX_ANSWER} bytes and the whole exchange ends within 10 s, whatever the address holds.
 */
public final class GuardianClient {

    /** A response: the status, the text, and the body parsed when it is JSON. */
    public record Response(int status, String text, JsonNode body) {

        public boolean ok() {
            return status / 100 == 2;
        }

        /** The API's own message for a refusal ({@code {"error": …}}), or the body. */
        public String message() {
            JsonNode error = body.path("error");
            return error.isMissingNode() ? text : error.asText();
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration CONNECT = Duration.ofSeconds(5);
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    /** Far above any answer of the API (a few KB a pool): the address is the operator's, and may be anything's. */
    static final long MAX_ANSWER = 8L * 1024 * 1024;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(CONNECT).build();
    private final String base;
    private final String token;

    /**
     * @param base  the guardian's address, such as {@code http://127.0.0.1:8080} (a path prefix is kept)
     * @param token the admin token; null or blank sends none
     * @throws IllegalArgumentException when {@code base} is not a URL
     */
    public GuardianClient(String base, String token) {
        this.base = Objects.requireNonNull(base, "base").replaceAll("/+$", "");
        String scheme = URI.create(this.base + "/").getScheme();
        if (!"http".equalsIgnoreCase(scheme) && !"https".equalsIgnoreCase(scheme)) {
            throw new IllegalArgumentException("the guardian's address must be an http: or https: URL, but was " + base);
        }
        this.token = token == null || token.isBlank() ? null : token;
    }

    /** Where {@code path} (starting with /) is. */
    public URI uri(String path) {
        return URI.create(base + path);
    }

    public Response get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).timeout(TIMEOUT).GET());
    }

    public Response post(String path, Map<String, ?> body) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    }

    private Response send(HttpRequest.Builder request) throws IOException, InterruptedException {
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<byte[]> r = BoundedExchange.send(http, request.build(), info -> BoundedBody.whole(MAX_ANSWER), TIMEOUT);
        String text = new String(r.body(), StandardCharsets.UTF_8);
        JsonNode body;
        try {
            body = text.isBlank() ? MissingNode.getInstance() : JSON.readTree(text);
        } catch (IOException notJson) {
            body = JSON.getNodeFactory().textNode(text);
        }
        return new Response(r.statusCode(), token == null ? text : text.replace(token, "***"), body);
    }

    /**
     * Why a call failed, for a message: the answer's size or deadline when it broke one, else the exception's type
     * (its own message may quote the address, token included).
     */
    public static String why(IOException e) {
        if (e instanceof BoundedBody.TooLarge) {
            return "its answer ran past " + MAX_ANSWER / (1024 * 1024) + " MB";
        }
        if (e instanceof BoundedExchange.IncompleteBody b) {
            return "HTTP " + b.status() + " but no complete answer within " + TIMEOUT.toSeconds() + " s";
        }
        return e.getClass().getSimpleName();
    }

    @Override
    public String toString() {
        return "guardian API at " + base;
    }
}
