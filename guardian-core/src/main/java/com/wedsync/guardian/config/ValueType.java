package com.wedsync.guardian.config;

import com.wedsync.guardian.secret.Secret;
import com.wedsync.guardian.time.Durations;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * What a setting's value is: how its text is parsed, which typed values are allowed, how a value is written
 * back (in config's own notation, so a message or the reference can be copied into {@code guardian.yaml}), and
 * how it is named in the reference and in Spring Boot's metadata. A message never repeats the key (the path
 * or the builder adds it) and never quotes a secret.
 */
public sealed interface ValueType<T> permits ValueType.Scalar, ValueType.ListOf, ValueType.MapOf {

    /** The longest text a message quotes back; a pasted novel is cut short. */
    int SHOWN = 40;

    /** The type as the reference names it: {@code duration}, {@code integer}, {@code one of a, b}. */
    String name();

    /** The allowed values as the reference gives them ({@code 100ms..1m}); empty when any value of the type is. */
    String bounds();

    /** The Java type Spring Boot's metadata names. */
    String javaType();

    /** Why a typed value is not allowed (without the key); empty when it is. */
    Optional<String> problem(T value);

    /** The value in config's notation: {@code 1s}, {@code 0.8}, {@code enforce}. */
    String show(T value);

    /** The values an enumeration allows (Spring Boot's hints); empty for other types. */
    default List<String> values() {
        return List.of();
    }

    /** A text for a message: quoted, cut short when long. */
    static String quoted(String text) {
        return "'" + (text.length() <= SHOWN ? text : text.substring(0, SHOWN) + "…") + "'";
    }

    /**
     * A value written as one piece of text.
     *
     * @param parser   the text (stripped, substituted) to the value, or {@link IllegalArgumentException} whose message
     *                 follows the key ("must be …, but was '…'")
     * @param check    why a typed value is not allowed, empty when it is
     * @param shower   the value in config's notation
     */
    record Scalar<T>(String name, String bounds, String javaType, Function<String, T> parser,
                     Function<T, Optional<String>> check, Function<T, String> shower, List<String> values)
            implements ValueType<T> {

        public Scalar {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(bounds, "bounds");
            Objects.requireNonNull(javaType, "javaType");
            Objects.requireNonNull(parser, "parser");
            Objects.requireNonNull(check, "check");
            Objects.requireNonNull(shower, "shower");
            values = List.copyOf(values);
        }

        /** The value of {@code text}; {@link IllegalArgumentException} (its message follows the key) when it has none. */
        public T parse(String text) {
            T value = parser.apply(text);
            problem(value).ifPresent(p -> {
                throw new IllegalArgumentException(p);
            });
            return value;
        }

        @Override
        public Optional<String> problem(T value) {
            return check.apply(value);
        }

        @Override
        public String show(T value) {
            return shower.apply(value);
        }
    }

    /** A list of values (a single value counts as a list of one), with {@code min} to {@code max} entries. */
    record ListOf<T>(Scalar<T> element, int min, int max) implements ValueType<List<T>> {

        public ListOf {
            Objects.requireNonNull(element, "element");
            if (min < 0 || min > max) {
                throw new IllegalArgumentException("a list's sizes must satisfy 0 <= min <= max, but were " + min + ".." + max);
            }
        }

        @Override
        public String name() {
            return "list of " + element.name();
        }

        @Override
        public String bounds() {
            String size = max == Integer.MAX_VALUE ? (min == 0 ? "" : ">= " + min + " entries") : min + ".." + max + " entries";
            return size.isEmpty() ? element.bounds() : element.bounds().isEmpty() ? size : size + "; each " + element.bounds();
        }

        @Override
        public String javaType() {
            return "java.util.List<" + element.javaType() + ">";
        }

        @Override
        public Optional<String> problem(List<T> value) {
            if (value.size() < min) {
                return Optional.of(min == 1 ? "needs at least one entry" : "needs at least " + min + " entries, but held " + value.size());
            }
            if (value.size() > max) {
                return Optional.of("may hold at most " + max + " entries, but held " + value.size());
            }
            for (T v : value) {
                Optional<String> p = element.problem(v);
                if (p.isPresent()) {
                    return p;
                }
            }
            return Optional.empty();
        }

        @Override
        public String show(List<T> value) {
            List<String> shown = new ArrayList<>();
            value.forEach(v -> shown.add(element.show(v)));
            return "[" + String.join(", ", shown) + "]";
        }

        @Override
        public List<String> values() {
            return element.values();
        }
    }

    /** A mapping of names (chosen by the user: a header, a pool) to values. */
    record MapOf<T>(Scalar<T> element) implements ValueType<Map<String, T>> {

        public MapOf {
            Objects.requireNonNull(element, "element");
        }

        @Override
        public String name() {
            return "mapping of name to " + element.name();
        }

        @Override
        public String bounds() {
            return element.bounds();
        }

        @Override
        public String javaType() {
            return "java.util.Map<java.lang.String," + element.javaType() + ">";
        }

        @Override
        public Optional<String> problem(Map<String, T> value) {
            for (T v : value.values()) {
                Optional<String> p = element.problem(v);
                if (p.isPresent()) {
                    return p;
                }
            }
            return Optional.empty();
        }

        @Override
        public String show(Map<String, T> value) {
            List<String> shown = new ArrayList<>();
            value.forEach((k, v) -> shown.add(k + ": " + element.show(v)));
            return "{" + String.join(", ", shown) + "}";
        }
    }

    // ---- the types settings are declared with ----

    static Scalar<Duration> duration(DurationRange range) {
        return new Scalar<>("duration", range.text(), "java.time.Duration", range::parse, range::problem,
                Durations::format, List.of());
    }

    static Scalar<Integer> integer(IntRange range) {
        if (range.min() < Integer.MIN_VALUE || (range.max() > Integer.MAX_VALUE && range.max() != Long.MAX_VALUE)) {
            throw new IllegalArgumentException("an integer range must lie within an int's, but was " + range.text());
        }
        IntRange r = range.max() == Long.MAX_VALUE ? new IntRange(range.min(), Integer.MAX_VALUE) : range;
        return new Scalar<>("integer", r.text(), "java.lang.Integer", t -> {
            long v = wholeNumber(t);
            r.problem(v).ifPresent(p -> {
                throw new IllegalArgumentException(p);
            });
            return (int) v;
        }, v -> r.problem(v), String::valueOf, List.of());
    }

    static Scalar<Long> longInteger(IntRange range) {
        return new Scalar<>("integer", range.text(), "java.lang.Long", ValueType::wholeNumber, range::problem,
                String::valueOf, List.of());
    }

    private static long wholeNumber(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("must be a whole number, but was " + quoted(text));
        }
    }

    static Scalar<Double> decimal(DecimalRange range) {
        return new Scalar<>("number", range.text(), "java.lang.Double", t -> {
            try {
                return Double.parseDouble(t);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("must be a number, but was " + quoted(t));
            }
        }, range::problem, DecimalRange::show, List.of());
    }

    static Scalar<Boolean> bool() {
        return new Scalar<>("boolean", "", "java.lang.Boolean", t -> {
            String v = t.toLowerCase(Locale.ROOT);
            if (v.equals("true") || v.equals("false")) {
                return Boolean.parseBoolean(v);
            }
            throw new IllegalArgumentException("must be true or false, but was " + quoted(t));
        }, v -> Optional.empty(), String::valueOf, List.of());
    }

    /** Text of at most {@code maxLength} characters. */
    static Scalar<String> string(int maxLength) {
        return new Scalar<>("string", maxLength == Integer.MAX_VALUE ? "" : "at most " + maxLength + " characters",
                "java.lang.String", t -> t, v -> v.length() <= maxLength ? Optional.empty()
                : Optional.of("must be at most " + maxLength + " characters, but has " + v.length()), v -> v, List.of());
    }

    /** A credential: never quoted back, and an unresolved {@code ${...}} is named as one. */
    static Scalar<Secret> secret() {
        return new Scalar<>("secret", "", "java.lang.String", t -> {
            if (t.contains("${")) {
                throw new IllegalArgumentException("holds an unresolved ${...} reference: is the environment variable set?");
            }
            return Secret.of(t);
        }, v -> Optional.empty(), v -> "***", List.of());
    }

    /** A URL that is a credential (a webhook with its token in the path): checked like {@link #url}, held as a secret. */
    static Scalar<Secret> secretUrl(String... schemes) {
        Scalar<String> shape = url(schemes);
        return new Scalar<>("secret URL (" + String.join(", ", schemes) + ")", "", "java.lang.String",
                t -> Secret.of(shape.parse(secret().parse(t).reveal())), v -> Optional.empty(), v -> "***", List.of());
    }

    /** One of the enumeration's constants, written in lower case. */
    static <E extends Enum<E>> Scalar<E> enumeration(Class<E> type) {
        List<E> constants = Arrays.asList(type.getEnumConstants());
        List<String> labels = constants.stream().map(c -> c.name().toLowerCase(Locale.ROOT)).toList();
        String allowed = labels.size() == 2 ? labels.get(0) + " or " + labels.get(1) : "one of " + String.join(", ", labels);
        return new Scalar<>(allowed, "", "java.lang.String", t -> {
            for (E c : constants) {
                if (c.name().equalsIgnoreCase(t)) {
                    return c;
                }
            }
            throw new IllegalArgumentException("must be " + allowed + ", but was " + quoted(t));
        }, v -> Optional.empty(), v -> v.name().toLowerCase(Locale.ROOT), labels);
    }

    /** One of a fixed set of words. */
    static Scalar<String> oneOf(List<String> words) {
        String allowed = words.size() == 2 ? words.get(0) + " or " + words.get(1) : "one of " + String.join(", ", words);
        return new Scalar<>(allowed, "", "java.lang.String", t -> {
            String v = t.toLowerCase(Locale.ROOT);
            if (words.contains(v)) {
                return v;
            }
            throw new IllegalArgumentException("must be " + allowed + ", but was " + quoted(t));
        }, v -> Optional.empty(), v -> v, words);
    }

    static Scalar<ZoneId> zone() {
        return new Scalar<>("IANA zone", "", "java.time.ZoneId", t -> {
            try {
                return ZoneId.of(t);
            } catch (DateTimeException e) {
                throw new IllegalArgumentException("must be an IANA zone such as Europe/London, but was " + quoted(t));
            }
        }, v -> Optional.empty(), ZoneId::getId, List.of());
    }

    /**
     * An absolute URL with one of {@code schemes} and a host. The message never quotes it: a URL may carry a token
     * in its path or a password in its user part.
     */
    static Scalar<String> url(String... schemes) {
        List<String> allowed = List.of(schemes);
        String rule = "must be " + article(schemes[0]) + String.join(" or ", allowed) + " URL";
        Pattern shape = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*)://([^/?#\\s]+)[^\\s]*$");
        return new Scalar<>("URL (" + String.join(", ", allowed) + ")", "", "java.lang.String", t -> {
            var m = shape.matcher(t);
            if (!m.matches() || !allowed.contains(m.group(1).toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException(rule);
            }
            return t;
        }, v -> Optional.empty(), v -> v, List.of());
    }

    /** "an http", "an https", "a file": as the words are spoken. */
    private static String article(String scheme) {
        return scheme.startsWith("h") || "aeiou".indexOf(scheme.charAt(0)) >= 0 ? "an " : "a ";
    }

    /**
     * A value with a parser of its own (a cron schedule, a matcher): the parser's {@link IllegalArgumentException}
     * message follows the key; anything else it throws becomes "must be {@code name}, but was '…'".
     */
    static <T> Scalar<T> parsed(String name, String javaType, Function<String, T> parser, Function<T, String> shower) {
        return new Scalar<>(name, "", javaType, t -> {
            try {
                return parser.apply(t);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("must be " + name + ", but was " + quoted(t));
            } catch (IllegalArgumentException e) {
                throw e;
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("must be " + name + ", but was " + quoted(t));
            }
        }, v -> Optional.empty(), shower, List.of());
    }
}
