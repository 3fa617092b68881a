package com.wedsync.guardian.app.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.wedsync.guardian.time.Durations;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A request's JSON body, read field by field; every missing or malformed field is collected so that a 400
 * names all of them at once.
 */
public final class JsonBody {

    private final JsonNode node;
    private final List<String> problems = new ArrayList<>();

    private JsonBody(JsonNode node) {
        this.node = node;
    }

    /** The body as an object, or empty when it is not a JSON object (the caller answers 400). */
    public static Optional<JsonBody> parse(String body) {
        try {
            JsonNode n = Json.MAPPER.readTree(body == null || body.isBlank() ? "{}" : body);
            return n != null && n.isObject() ? Optional.of(new JsonBody(n)) : Optional.empty();
        } catch (java.io.IOException e) {
            return Optional.empty();
        }
    }

    public String required(String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull() || v.asText().isBlank()) {
            problems.add(field + " is required");
            return "";
        }
        return v.asText();
    }

    public Optional<String> optional(String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() || v.asText().isBlank() ? Optional.empty() : Optional.of(v.asText());
    }

    /** An expiry given as {@code expiresAt} (ISO-8601 instant) or {@code ttl} (e.g. 2h); one of them is required. */
    public Instant expiry(Instant now) {
        Optional<String> at = optional("expiresAt");
        Optional<String> ttl = optional("ttl");
        if (at.isPresent()) {
            try {
                return Instant.parse(at.get());
            } catch (DateTimeParseException e) {
                problems.add("expiresAt must be an ISO-8601 instant like 2026-10-17T22:00:00Z, but was '" + at.get() + "'");
                return now;
            }
        }
        if (ttl.isPresent()) {
            return Durations.parse(ttl.get()).map(now::plus).orElseGet(() -> {
                problems.add("ttl must be a duration like 30m or 2h, but was '" + ttl.get() + "'");
                return now;
            });
        }
        problems.add("expiresAt (or ttl) is required");
        return now;
    }

    public JsonNode node() {
        return node;
    }

    /** A 400 naming every problem, when there is one. */
    public Optional<ApiResponse> badRequest() {
        return problems.isEmpty() ? Optional.empty()
                : Optional.of(ApiResponse.error(400, String.join("; ", problems)));
    }

    public static ApiResponse notAnObject() {
        return ApiResponse.error(400, "the request body must be a JSON object");
    }
}
