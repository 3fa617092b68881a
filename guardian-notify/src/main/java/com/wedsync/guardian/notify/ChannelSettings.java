package com.wedsync.guardian.notify;

import com.wedsync.guardian.secret.Secret;
import com.wedsync.guardian.time.Durations;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * One channel entry from config ({@code {name: ops-slack, type: slack, webhookUrl: ...}}), read key by key.
 * Every problem is collected, named by channel and key; a secret's value never appears in a message.
 */
public final class ChannelSettings {

    private final String name;
    private final String type;
    private final Map<String, Object> values;
    private final Set<String> read = new HashSet<>();
    private final List<String> problems = new ArrayList<>();

    public ChannelSettings(String name, String type, Map<String, ?> values) {
        this.name = name == null ? "" : name;
        this.type = type == null ? "" : type.toLowerCase(Locale.ROOT);
        this.values = new LinkedHashMap<>(values == null ? Map.of() : values);
        read.add("name");
        read.add("type");
    }

    /** Builds settings from a whole config entry, {@code name} and {@code type} included. */
    public static ChannelSettings of(Map<String, ?> entry) {
        Object n = entry.get("name");
        Object t = entry.get("type");
        return new ChannelSettings(n == null ? null : n.toString(), t == null ? null : t.toString(), entry);
    }

    public String name() {
        return name;
    }

    public String type() {
        return type;
    }

    public String string(String key) {
        String v = raw(key);
        if (v == null || v.isBlank()) {
            problem(key, "is required");
            return "";
        }
        return v;
    }

    public String string(String key, String defaultValue) {
        String v = raw(key);
        return v == null || v.isBlank() ? defaultValue : v;
    }

    public Secret secret(String key) {
        String v = raw(key);
        if (v == null || v.isBlank()) {
            problem(key, "is required");
            return Secret.of("");
        }
        if (v.contains("${")) {
            // an unresolved ${ENV_VAR}: the variable's name is not a secret, but the value may be half-substituted
            problem(key, "holds an unresolved ${...} reference: is the environment variable set?");
        }
        return Secret.of(v);
    }

    /** A URL that may carry a secret (a webhook's token in its path): checked, never printed. */
    public Secret secretUrl(String key) {
        Secret s = secret(key);
        if (!s.reveal().isEmpty() && !isHttpUrl(s.reveal())) {
            problem(key, "must be an http or https URL");
        }
        return s;
    }

    /** A vendor's base URL; when wrong it is named, not printed (it may come from a variable, or carry a key). */
    public String url(String key, String defaultValue) {
        String v = string(key, defaultValue);
        if (v == null || v.isEmpty()) {
            if (defaultValue == null) {
                problem(key, "is required");
            }
            return "";
        }
        if (!isHttpUrl(v)) {
            problem(key, "must be an http or https URL");
        }
        return v.endsWith("/") ? v.substring(0, v.length() - 1) : v;
    }

    /** A list (or a single string): required and non-empty. */
    public List<String> strings(String key) {
        read.add(key);
        Object v = values.get(key);
        List<String> out = new ArrayList<>();
        if (v instanceof List<?> list) {
            for (Object o : list) {
                if (o != null && !o.toString().isBlank()) {
                    out.add(o.toString().trim());
                }
            }
        } else if (v != null && !v.toString().isBlank()) {
            out.add(v.toString().trim());
        }
        if (out.isEmpty()) {
            problem(key, "needs at least one entry");
        }
        return List.copyOf(out);
    }

    public int integer(String key, int defaultValue, int min, int max) {
        String v = raw(key);
        if (v == null || v.isBlank()) {
            return defaultValue;
        }
        try {
            int i = Integer.parseInt(v.trim());
            if (i < min || i > max) {
                problem(key, "must be between " + min + " and " + max + ", but was " + i);
                return defaultValue;
            }
            return i;
        } catch (NumberFormatException e) {
            problem(key, "must be a whole number, but was '" + v + "'");
            return defaultValue;
        }
    }

    /** A duration such as {@code 500ms}, {@code 5s}, {@code 2m}, {@code 1h} or ISO-8601 {@code PT5S}. */
    public Duration duration(String key, Duration defaultValue, Duration min, Duration max) {
        String v = raw(key);
        if (v == null || v.isBlank()) {
            return defaultValue;
        }
        try {
            return Durations.parse(v, min, max);
        } catch (IllegalArgumentException e) {
            problem(key, e.getMessage());
            return defaultValue;
        }
    }

    /**
     * The typed config {@code build} makes, when no problem was recorded; a builder's rejection (whose message
     * names the field and never holds a secret's value) is recorded as a problem instead.
     */
    public <C> Optional<C> build(Supplier<C> build) {
        if (!problems().isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(build.get());
        } catch (IllegalArgumentException e) {
            problem("config", e.getMessage());
            return Optional.empty();
        }
    }

    /** Records a problem with {@code key}; the message must not hold a secret. */
    public void problem(String key, String message) {
        problems.add("channel '" + name + "' (" + type + "): " + key + " " + message);
    }

    /** Every problem found so far, unknown keys included. */
    public List<String> problems() {
        List<String> all = new ArrayList<>(problems);
        for (String key : values.keySet()) {
            if (!read.contains(key)) {
                all.add("channel '" + name + "' (" + type + "): unknown key '" + key + "'");
            }
        }
        return all;
    }

    private String raw(String key) {
        read.add(key);
        Object v = values.get(key);
        return v == null ? null : v.toString();
    }

    private static boolean isHttpUrl(String v) {
        try {
            URI u = URI.create(v.trim());
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && u.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    @Override
    public String toString() {
        return "ChannelSettings[" + name + ", " + type + "]";
    }
}
