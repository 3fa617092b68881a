package com.wedsync.guardian.config;

import com.wedsync.guardian.secret.Secret;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One setting, declared once: its key, the type of its value (which carries its bounds), its default, and one
 * line saying what it is for. The reader reads it by this declaration, a builder checks a value against it
 * ({@link #check}), and the reference and Spring Boot's metadata are rendered from it.
 *
 * <pre>{@code
 * static final Setting<Duration> TICK = Setting.duration("tick", Duration.ofMillis(100), Duration.ofMinutes(1),
 *         Duration.ofSeconds(1), "how often pools are observed");
 * }</pre>
 *
 * @param defaultValue what an absent value means; null when there is none (the setting is optional, or required)
 * @param defaultText  the default as the reference shows it: the value in config's notation, or words for a
 *                     default worked out at load time ("the host name")
 * @param isRequired   absent is a problem ("is required")
 */
public record Setting<T>(String key, ValueType<T> type, T defaultValue, String defaultText, boolean isRequired, String doc)
        implements Member {

    private static final Pattern KEY = Pattern.compile("[a-z][A-Za-z0-9]{0,63}");

    public Setting {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("key must be camelCase letters and digits, but was '" + key + "'");
        }
        Objects.requireNonNull(type, key + ".type");
        Member.checkDoc(key, doc);
        if (defaultValue != null) {
            type.problem(defaultValue).ifPresent(p -> {
                throw new IllegalArgumentException("default of " + key + " " + p);
            });
        }
        if (defaultText == null) {
            boolean none = defaultValue == null || defaultValue instanceof java.util.Collection<?> c && c.isEmpty()
                    || defaultValue instanceof Map<?, ?> m && m.isEmpty();
            defaultText = none ? "" : type.show(defaultValue);
        }
    }

    public static <T> Setting<T> of(String key, ValueType<T> type, T defaultValue, String doc) {
        return new Setting<>(key, type, defaultValue, null, false, doc);
    }

    public static Setting<Duration> duration(String key, Duration min, Duration max, Duration defaultValue, String doc) {
        return of(key, ValueType.duration(new DurationRange(min, max)), defaultValue, doc);
    }

    public static Setting<Integer> intIn(String key, int min, int max, Integer defaultValue, String doc) {
        return of(key, ValueType.integer(new IntRange(min, max)), defaultValue, doc);
    }

    public static Setting<Integer> atLeast(String key, int min, Integer defaultValue, String doc) {
        return of(key, ValueType.integer(IntRange.atLeast(min)), defaultValue, doc);
    }

    public static Setting<Long> longIn(String key, long min, long max, Long defaultValue, String doc) {
        return of(key, ValueType.longInteger(new IntRange(min, max)), defaultValue, doc);
    }

    public static Setting<Double> decimal(String key, DecimalRange range, Double defaultValue, String doc) {
        return of(key, ValueType.decimal(range), defaultValue, doc);
    }

    /** A fraction of a whole, 0 to 1. */
    public static Setting<Double> ratio(String key, Double defaultValue, String doc) {
        return decimal(key, DecimalRange.closed(0, 1), defaultValue, doc);
    }

    public static Setting<Boolean> bool(String key, boolean defaultValue, String doc) {
        return of(key, ValueType.bool(), defaultValue, doc);
    }

    public static Setting<String> string(String key, String defaultValue, String doc) {
        return of(key, ValueType.string(Integer.MAX_VALUE), defaultValue, doc);
    }

    public static Setting<String> text(String key, int maxLength, String doc) {
        return of(key, ValueType.string(maxLength), null, doc);
    }

    public static Setting<Secret> secret(String key, String doc) {
        return of(key, ValueType.secret(), null, doc);
    }

    /** A URL that is a credential (a webhook's, with its token in the path): checked, held as a secret, never quoted. */
    public static Setting<Secret> secretUrl(String key, String doc, String... schemes) {
        return of(key, ValueType.secretUrl(schemes), null, doc);
    }

    public static <E extends Enum<E>> Setting<E> enumOf(String key, Class<E> type, E defaultValue, String doc) {
        return of(key, ValueType.enumeration(type), defaultValue, doc);
    }

    public static Setting<String> oneOf(String key, List<String> words, String defaultValue, String doc) {
        return of(key, ValueType.oneOf(words), defaultValue, doc);
    }

    /** An absolute URL with one of {@code schemes} (http, https) and a host; never quoted in a message. */
    public static Setting<String> url(String key, String defaultValue, String doc, String... schemes) {
        return of(key, ValueType.url(schemes), defaultValue, doc);
    }

    public static Setting<ZoneId> zone(String key, ZoneId defaultValue, String doc) {
        return of(key, ValueType.zone(), defaultValue, doc);
    }

    /** A list of strings; a single string counts as a list of one. */
    public static Setting<List<String>> strings(String key, List<String> defaultValue, String doc) {
        return of(key, new ValueType.ListOf<>(ValueType.string(Integer.MAX_VALUE), 0, Integer.MAX_VALUE), defaultValue, doc);
    }

    /** A list of values of {@code element}, with {@code min} to {@code max} entries; none by default. */
    public static <T> Setting<List<T>> listOf(String key, ValueType.Scalar<T> element, int min, int max, String doc) {
        return of(key, new ValueType.ListOf<>(element, min, max), min == 0 ? List.of() : null, doc);
    }

    /** A mapping of names the user chooses (a header's) to strings. */
    public static Setting<Map<String, String>> stringMap(String key, String doc) {
        return of(key, new ValueType.MapOf<>(ValueType.string(Integer.MAX_VALUE)), Map.of(), doc);
    }

    /** The same setting, required: absent is a problem. */
    public Setting<T> required() {
        return new Setting<>(key, type, null, "", true, doc);
    }

    /** The same setting, its default given in words (worked out at load time: "the host name", "3 ticks + 2s"). */
    public Setting<T> defaultText(String words) {
        return new Setting<>(key, type, defaultValue, words, isRequired, doc);
    }

    /** The same setting with another type: a narrower check, a limit known only at run time. */
    public Setting<T> withType(ValueType<T> narrower) {
        return new Setting<>(key, narrower, defaultValue, null, isRequired, doc);
    }

    /** {@code value} when this setting allows it; else {@link IllegalArgumentException} naming the key and the value. */
    public T check(T value) {
        if (value == null) {
            throw new IllegalArgumentException(key + " must be set, but was null");
        }
        type.problem(value).ifPresent(p -> {
            throw new IllegalArgumentException(key + " " + p);
        });
        return value;
    }
}
