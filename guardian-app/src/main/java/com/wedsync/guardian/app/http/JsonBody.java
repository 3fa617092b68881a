package com.wedsync.guardian.app.http;

import com.wedsync.guardian.config.ConfigReader;
import com.wedsync.guardian.config.DurationRange;
import com.wedsync.guardian.config.Problem;
import com.wedsync.guardian.config.Problems;
import com.wedsync.guardian.config.Section;
import com.wedsync.guardian.config.Setting;
import com.wedsync.guardian.config.Substitution;
import com.wedsync.guardian.config.ValueType;
import com.wedsync.guardian.time.Durations;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A request's JSON body, read by the {@link Bodies} shape its route declares, through the one config reader:
 * every missing, malformed or unknown field is collected so that a 400 names all of them at once, before
 * anything is changed. Text is bounded (a name fits the audit log's column), numbers and lifetimes lie within
 * their limits.
 */
public final class JsonBody {

    private final ConfigReader reader;
    private final Problems problems;

    private JsonBody(ConfigReader reader, Problems problems) {
        this.reader = reader;
        this.problems = problems;
    }

    /** The body read as {@code shape}, or empty when it is not a JSON object (the caller answers 400). */
    public static Optional<JsonBody> parse(String body, Section shape) {
        Optional<Map<?, ?>> tree = tree(body);
        if (tree.isEmpty()) {
            return Optional.empty();
        }
        Problems problems = new Problems();
        return Optional.of(new JsonBody(ConfigReader.of(tree.get(), shape, problems, Substitution.NONE), problems));
    }

    /** One text field of a body, before the route that reads it is chosen ({@code action} of an override). */
    public static Optional<String> peek(String body, String field) {
        return tree(body).map(m -> m.get(field)).filter(v -> v instanceof String).map(v -> ((String) v).strip());
    }

    private static Optional<Map<?, ?>> tree(String body) {
        try {
            Object tree = Json.MAPPER.readValue(body == null || body.isBlank() ? "{}" : body, Object.class);
            return tree instanceof Map<?, ?> m ? Optional.of(m) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The field's value, or its default (null for none) when it is absent or wrong (noted). */
    public <T> T get(Setting<T> field) {
        return reader.get(field);
    }

    public <T> Optional<T> find(Setting<T> field) {
        return reader.find(field);
    }

    public boolean has(Setting<?> field) {
        return reader.has(field);
    }

    /** A required text: "" when missing or wrong (noted). */
    public String required(Setting<String> field) {
        return reader.find(field).orElse("");
    }

    /**
     * An expiry given as {@code expiresAt} (ISO-8601 instant) or {@code ttl} (90s, 15m, 2h, PT2H); one of them is
     * required, and it must lie after {@code now} and at most {@code longest} later.
     */
    public Instant expiry(Instant now, Duration longest) {
        if (reader.has(Bodies.EXPIRES_AT)) {
            Optional<Instant> until = reader.find(Bodies.EXPIRES_AT);
            until.filter(u -> !u.isAfter(now) || u.isAfter(now.plus(longest))).ifPresent(u -> reader.problem(
                    Bodies.EXPIRES_AT, "must lie after now (" + now + ") and at most " + Durations.format(longest)
                            + " later, but was " + u));
            return until.orElse(now);
        }
        if (reader.has(Bodies.TTL)) {
            Setting<Duration> ttl = Bodies.TTL.withType(ValueType.duration(new DurationRange(Duration.ofSeconds(1), longest)));
            return reader.find(ttl).map(now::plus).orElse(now);
        }
        problem("expiresAt (or ttl) is required");
        return now;
    }

    /** Notes a problem the caller found (a value this class cannot judge alone). */
    public void problem(String message) {
        reader.problem(message);
    }

    public void problem(Setting<?> field, String message) {
        reader.problem(field, message);
    }

    /** A 400 naming every problem, when there is one. */
    public Optional<ApiResponse> badRequest() {
        return problems.isEmpty() ? Optional.empty() : Optional.of(ApiResponse.error(400,
                problems.all().stream().map(Problem::inline).collect(Collectors.joining("; "))));
    }

    public static ApiResponse notAnObject() {
        return ApiResponse.error(400, "the request body must be a JSON object");
    }
}
