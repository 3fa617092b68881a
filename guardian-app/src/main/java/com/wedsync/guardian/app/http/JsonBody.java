package com.wedsync.guardian.app.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.wedsync.guardian.time.Durations;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A request's JSON body, read field by field; every missing or malformed field is collected so that a 400
 * names all of them at once, before anything is changed. Text is bounded (a name fits the audit log's
 * column), numbers and lifetimes lie within their limits.
 */
public final class JsonBody {

    /** Who asked: a person's name or handle, short enough for the audit log's {@code actor} column. */
    public static final int NAME_MAX = 100;
    /** Why: a sentence or two. */
    public static final int TEXT_MAX = 1000;

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

    /** A required text of at most {@code maxLength} characters; "" when missing or too long (a problem is noted). */
    public String required(String field, int maxLength) {
        Optional<String> v = optional(field, maxLength);
        if (v.isEmpty() && !mentions(field)) {
            problems.add(field + " is required");
        }
        return v.orElse("");
    }

    /** An optional text of at most {@code maxLength} characters. */
    public Optional<String> optional(String field, int maxLength) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return Optional.empty();
        }
        if (!v.isValueNode()) {
            problems.add(field + " must be a single value, not a list or an object");
            return Optional.empty();
        }
        String text = v.asText().strip();
        if (text.length() > maxLength) {
            problems.add(field + " must be at most " + maxLength + " characters, but has " + text.length());
            return Optional.empty();
        }
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    /** A whole number between {@code min} and {@code max}, when given. */
    public Optional<Integer> wholeNumber(String field, int min, int max) {
        Optional<String> text = optional(field, 20);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            long n = Long.parseLong(text.get());
            if (n < min || n > max) {
                problems.add(field + " must be between " + min + " and " + max + ", but was " + n);
                return Optional.empty();
            }
            return Optional.of((int) n);
        } catch (NumberFormatException e) {
            problems.add(field + " must be a whole number, but was '" + text.get() + "'");
            return Optional.empty();
        }
    }

    /**
     * An expiry given as {@code expiresAt} (ISO-8601 instant) or {@code ttl} (90s, 15m, 2h, PT2H); one of them is
     * required, and it must lie after {@code now} and at most {@code longest} later.
     */
    public Instant expiry(Instant now, Duration longest) {
        Optional<String> at = optional("expiresAt", 40);
        Optional<String> ttl = optional("ttl", 40);
        if (at.isPresent()) {
            try {
                Instant until = Instant.parse(at.get());
                if (!until.isAfter(now) || until.isAfter(now.plus(longest))) {
                    problems.add("expiresAt must lie after now (" + now + ") and at most " + Durations.format(longest)
                            + " later, but was " + at.get());
                }
                return until;
            } catch (DateTimeException e) {
                problems.add("expiresAt must be an ISO-8601 instant like 2026-10-17T22:00:00Z, but was '" + at.get() + "'");
                return now;
            }
        }
        if (ttl.isPresent()) {
            try {
                return now.plus(Durations.parse(ttl.get(), Duration.ofSeconds(1), longest));
            } catch (IllegalArgumentException e) {
                problems.add("ttl " + e.getMessage());
                return now;
            }
        }
        if (!mentions("expiresAt") && !mentions("ttl")) {
            problems.add("expiresAt (or ttl) is required");
        }
        return now;
    }

    /** Notes a problem the caller found (a value this class cannot judge alone). */
    public void problem(String message) {
        problems.add(message);
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

    private boolean mentions(String field) {
        return problems.stream().anyMatch(p -> p.startsWith(field + " "));
    }
}
