package com.wedsync.guardian.app.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

import com.wedsync.guardian.time.Durations;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * A typed, path-aware view of one node of the config tree. Every accessor reports what is wrong to the
 * shared {@link ConfigProblems} (with the value's path) and returns a usable fallback, so that one read
 * of the whole file finds every problem at once.
 */
public final class ConfigNode {

    private final JsonNode node;
    private final String path;
    private final ConfigProblems problems;
    private final EnvironmentVariables env;

    ConfigNode(JsonNode node, String path, ConfigProblems problems, EnvironmentVariables env) {
        this.node = node == null ? MissingNode.getInstance() : node;
        this.path = path;
        this.problems = problems;
        this.env = env;
    }

    public String path() {
        return path;
    }

    public ConfigProblems problems() {
        return problems;
    }

    public boolean isPresent() {
        return !node.isMissingNode() && !node.isNull();
    }

    /** True for a single value (a string, a number), as opposed to a mapping or a list. */
    public boolean isScalar() {
        return node.isValueNode();
    }

    public boolean has(String key) {
        return node.has(key) && !node.get(key).isNull();
    }

    private String at(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    public void problem(String message) {
        problems.add(path, message);
    }

    public void problem(String key, String message) {
        problems.add(at(key), message);
    }

    /** Reports every key of this mapping that is not among {@code allowed}. */
    public ConfigNode allowOnly(String... allowed) {
        if (!node.isObject()) {
            if (isPresent()) {
                problems.add(path, "must be a mapping");
            }
            return this;
        }
        Set<String> known = new TreeSet<>(Arrays.asList(allowed));
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!known.contains(name)) {
                problems.add(at(name), "unknown key (known keys: " + String.join(", ", known) + ")");
            }
        }
        return this;
    }

    public ConfigNode child(String key) {
        return new ConfigNode(node.get(key), at(key), problems, env);
    }

    /** The elements of a list; a missing list is empty, a scalar where a list belongs is reported. */
    public List<ConfigNode> list(String key) {
        JsonNode value = node.get(key);
        List<ConfigNode> out = new ArrayList<>();
        if (value == null || value.isNull()) {
            return out;
        }
        if (!value.isArray()) {
            problems.add(at(key), "must be a list");
            return out;
        }
        for (int i = 0; i < value.size(); i++) {
            out.add(new ConfigNode(value.get(i), at(key) + "[" + i + "]", problems, env));
        }
        return out;
    }

    /** The entries of a mapping of strings, environment variables substituted. */
    public Map<String, String> stringMap(String key) {
        Map<String, String> out = new LinkedHashMap<>();
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return out;
        }
        if (!value.isObject()) {
            problems.add(at(key), "must be a mapping");
            return out;
        }
        value.fields().forEachRemaining(e -> out.put(e.getKey(),
                env.substitute(e.getValue().asText(), at(key) + "." + e.getKey(), problems)));
        return out;
    }

    public Optional<String> optionalString(String key) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isValueNode()) {
            problems.add(at(key), "must be a single value");
            return Optional.empty();
        }
        return Optional.of(env.substitute(value.asText(), at(key), problems));
    }

    public String string(String key, String fallback) {
        return optionalString(key).orElse(fallback);
    }

    public String requiredString(String key) {
        Optional<String> value = optionalString(key);
        if (value.isEmpty() || value.get().isBlank()) {
            problems.add(at(key), value.isEmpty() ? "is required" : "must not be empty");
            return "";
        }
        return value.get();
    }

    public List<String> stringList(String key) {
        JsonNode value = node.get(key);
        List<String> out = new ArrayList<>();
        if (value == null || value.isNull()) {
            return out;
        }
        if (value.isValueNode()) {
            out.add(env.substitute(value.asText(), at(key), problems));
            return out;
        }
        if (!value.isArray()) {
            problems.add(at(key), "must be a list");
            return out;
        }
        for (int i = 0; i < value.size(); i++) {
            out.add(env.substitute(value.get(i).asText(), at(key) + "[" + i + "]", problems));
        }
        return out;
    }

    public boolean bool(String key, boolean fallback) {
        Optional<String> raw = optionalString(key);
        if (raw.isEmpty()) {
            return fallback;
        }
        String v = raw.get().trim().toLowerCase(java.util.Locale.ROOT);
        if (v.equals("true") || v.equals("false")) {
            return Boolean.parseBoolean(v);
        }
        problems.add(at(key), "must be true or false, but was '" + raw.get() + "'");
        return fallback;
    }

    public int intIn(String key, int min, int max, int fallback) {
        return (int) number(key, min, max, fallback);
    }

    public double doubleIn(String key, double min, double max, double fallback) {
        Optional<String> raw = optionalString(key);
        if (raw.isEmpty()) {
            return fallback;
        }
        try {
            double v = Double.parseDouble(raw.get().trim());
            if (v < min || v > max) {
                problems.add(at(key), "must be between " + min + " and " + max + ", but was " + raw.get());
                return fallback;
            }
            return v;
        } catch (NumberFormatException e) {
            problems.add(at(key), "must be a number, but was '" + raw.get() + "'");
            return fallback;
        }
    }

    private long number(String key, long min, long max, long fallback) {
        Optional<String> raw = optionalString(key);
        if (raw.isEmpty()) {
            return fallback;
        }
        try {
            long v = Long.parseLong(raw.get().trim());
            if (v < min || v > max) {
                problems.add(at(key), "must be between " + min + " and " + max + ", but was " + v);
                return fallback;
            }
            return v;
        } catch (NumberFormatException e) {
            problems.add(at(key), "must be a whole number, but was '" + raw.get() + "'");
            return fallback;
        }
    }

    /** A duration such as {@code 500ms}, {@code 10s}, {@code 5m}, {@code 2h}, {@code 1d} or ISO-8601 {@code PT10S}. */
    public Duration duration(String key, Duration min, Duration max, Duration fallback) {
        Optional<String> raw = optionalString(key);
        if (raw.isEmpty()) {
            return fallback;
        }
        try {
            return Durations.parse(raw.get(), min, max);
        } catch (IllegalArgumentException e) {
            problems.add(at(key), e.getMessage());
            return fallback;
        }
    }

    /** A URL whose scheme is one of {@code schemes}; reported (without its secret parts) when malformed. */
    public Optional<URI> url(String key, boolean required, String... schemes) {
        Optional<String> raw = optionalString(key);
        if (raw.isEmpty() || raw.get().isBlank()) {
            if (required && raw.isEmpty()) {
                problems.add(at(key), "is required");
            }
            return Optional.empty();
        }
        try {
            URI uri = new URI(raw.get().trim());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
            if (!Arrays.asList(schemes).contains(scheme)) {
                problems.add(at(key), "must be a " + String.join(" or ", schemes) + " URL, but its scheme is '"
                        + scheme + "'");
                return Optional.empty();
            }
            if (uri.getHost() == null && !scheme.equals("file")) {
                problems.add(at(key), "is not a valid URL: it has no host");
                return Optional.empty();
            }
            return Optional.of(uri);
        } catch (java.net.URISyntaxException e) {
            problems.add(at(key), "is not a valid URL: " + e.getReason());
            return Optional.empty();
        }
    }

    /**
     * Hands a present value to a builder's setter; a value the setter rejects (with the field's name and the
     * value, as every builder here does) is reported at this key's path.
     */
    public <T> void set(String key, Function<String, Optional<T>> reader, java.util.function.Consumer<T> setter) {
        Optional<T> value = reader.apply(key);
        if (value.isEmpty()) {
            return;
        }
        try {
            setter.accept(value.get());
        } catch (IllegalArgumentException e) {
            problems.add(at(key), e.getMessage());
        }
    }

    /** Reads a whole number when present. */
    public Optional<Long> optionalLong(String key) {
        return has(key) ? Optional.of(number(key, Long.MIN_VALUE, Long.MAX_VALUE, 0)) : Optional.empty();
    }

    /** Reads a whole number in the range of an int when present. */
    public Optional<Integer> optionalInt(String key) {
        return has(key) ? Optional.of((int) number(key, Integer.MIN_VALUE, Integer.MAX_VALUE, 0)) : Optional.empty();
    }

    /** Reads a number when present. */
    public Optional<Double> optionalDouble(String key) {
        return has(key) ? Optional.of(doubleIn(key, -Double.MAX_VALUE, Double.MAX_VALUE, 0)) : Optional.empty();
    }

    /** Reads a duration when present. */
    public Optional<Duration> optionalDuration(String key) {
        return has(key) ? Optional.of(duration(key, Duration.ZERO, Durations.LIMIT, Duration.ZERO))
                : Optional.empty();
    }

    /** Reads true/false when present. */
    public Optional<Boolean> optionalBool(String key) {
        return has(key) ? Optional.of(bool(key, false)) : Optional.empty();
    }

    /**
     * This mapping as plain values for a module that reads its own settings (a channel entry): strings with
     * environment variables substituted, lists of strings, nested mappings of strings.
     */
    public Map<String, Object> plain() {
        Map<String, Object> out = new LinkedHashMap<>();
        if (!node.isObject()) {
            if (isPresent()) {
                problems.add(path, "must be a mapping");
            }
            return out;
        }
        node.fields().forEachRemaining(e -> {
            JsonNode v = e.getValue();
            if (v.isArray()) {
                out.put(e.getKey(), stringList(e.getKey()));
            } else if (v.isObject()) {
                out.put(e.getKey(), stringMap(e.getKey()));
            } else if (!v.isNull()) {
                out.put(e.getKey(), env.substitute(v.asText(), at(e.getKey()), problems));
            }
        });
        return out;
    }

    /** A value parsed by {@code parser}; a parser failure (an exception) is reported with {@code what}. */
    public <T> Optional<T> parsed(String key, String what, Function<String, T> parser) {
        Optional<String> raw = optionalString(key);
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(parser.apply(raw.get().trim()));
        } catch (RuntimeException e) {
            problems.add(at(key), "must be " + what + ", but was '" + raw.get() + "'");
            return Optional.empty();
        }
    }
}
