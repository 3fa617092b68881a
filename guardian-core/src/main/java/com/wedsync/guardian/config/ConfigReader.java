package com.wedsync.guardian.config;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * Reads one mapping of a neutral tree ({@code Map<String, Object>}, {@code List<Object>}, strings, numbers,
 * booleans: what Jackson makes of YAML or JSON, or a binder of Spring Boot properties) by its {@link Section}'s
 * declarations. Every problem goes to the shared {@link Problems} with its path and the read goes on with the
 * default, so one read of an input finds all that is wrong with it. Keys the section does not declare are
 * reported when the reader is made.
 *
 * <p>No exception of a parser or a builder becomes a message unless it is an {@link IllegalArgumentException}
 * (whose message, by this code base's rule, names the field and the value and holds no secret).
 */
public final class ConfigReader {

    /** How an input is read: where problems go, what happens to each text first, and whether keys may be kebab-case. */
    private record Context(Problems problems, Substitution substitution, boolean relaxed) {
    }

    private final String path;
    private final Section section;
    private final Context context;
    private final Map<String, Object> values;
    /** Each declared key given, and how it was spelled ({@code wait-p99-degraded} when relaxed). */
    private final Map<String, String> spelled = new LinkedHashMap<>();
    private final boolean present;
    /** The section was given as its shorthand's single value. */
    private final boolean scalarForm;
    private final String variant;

    private ConfigReader(String path, Object node, Section section, Context context, boolean checkKeys, String variant) {
        this.path = path;
        this.section = section;
        this.context = context;
        this.variant = variant;
        Map<String, Object> given = new LinkedHashMap<>();
        boolean scalar = false;
        if (node instanceof Map<?, ?> map) {
            map.forEach((k, v) -> given.put(String.valueOf(k), v));
        } else if (node != null && isScalar(node) && !section.shorthand().isEmpty()) {
            given.put(section.shorthand(), node);
            scalar = true;
        } else if (node != null) {
            context.problems().add(path, "must be a mapping");
        }
        this.values = Collections.unmodifiableMap(given);
        this.present = node != null && (scalar || node instanceof Map<?, ?>);
        this.scalarForm = scalar;
        spell(checkKeys);
    }

    /** A reader of {@code tree} (the whole input) by {@code root}'s declarations, keys exactly as declared. */
    public static ConfigReader of(Object tree, Section root, Problems problems, Substitution substitution) {
        return new ConfigReader("", tree, root, new Context(problems, substitution, false), true, "");
    }

    /** The same, also taking Spring Boot's spellings of each key; see {@link #relaxed(String, Object, Section, Problems, Substitution)}. */
    public static ConfigReader relaxed(Object tree, Section root, Problems problems, Substitution substitution) {
        return relaxed("", tree, root, problems, substitution);
    }

    /**
     * A reader of a tree a binder made of Spring Boot properties, read as Spring Boot binds them: a key may be
     * given in kebab-case ({@code wait-p99-degraded}) or in the form Boot makes of an environment variable
     * ({@code waitp99degraded}), and a single text for a list is its comma-separated items. Problems name each key
     * as Spring does, in kebab-case under {@code prefix} ({@code guardian.health.wait-p99-degraded}), and list the
     * known keys so.
     *
     * @param prefix the path of the tree's root ({@code guardian}); "" for none
     */
    public static ConfigReader relaxed(String prefix, Object tree, Section root, Problems problems, Substitution substitution) {
        return new ConfigReader(prefix, tree, root, new Context(problems, substitution, true), true, "");
    }

    private void spell(boolean checkKeys) {
        for (String given : values.keySet()) {
            String declared = section.member(given).map(Member::key)
                    .or(() -> context.relaxed() ? section.keyForKebab(given) : Optional.empty()).orElse(null);
            if (declared == null) {
                if (checkKeys) {
                    Set<String> known = new TreeSet<>();
                    section.keys().forEach(k -> known.add(context.relaxed() ? Keys.kebab(k) : k));
                    context.problems().add(new Problem(at(given), "unknown key (known keys: " + String.join(", ", known)
                            + ")", Problem.Kind.UNKNOWN_KEY));
                }
            } else if (spelled.containsKey(declared)) {
                context.problems().add(at(given), "is given twice (also as " + spelled.get(declared) + ")");
            } else {
                spelled.put(declared, given);
            }
        }
    }

    public String path() {
        return path;
    }

    /** True when the input holds this mapping (or its shorthand value). */
    public boolean isPresent() {
        return present;
    }

    /** The variant an entry of a list of several shapes is ({@code slack}); "" otherwise. */
    public String variant() {
        return variant;
    }

    /** True when {@code key} is given a value (not null). */
    public boolean has(String key) {
        return raw(key) != null;
    }

    public boolean has(Member member) {
        return has(member.key());
    }

    /**
     * The path of a key of this mapping, as the input spelled it (Spring's kebab-case when relaxed); {@code key} may
     * also be {@code to[1]}.
     */
    public String pathOf(String key) {
        if (scalarForm && key.equals(section.shorthand())) {
            return path;
        }
        if (context.relaxed() && section.member(key).isPresent()) {
            return at(Keys.kebab(key));
        }
        return at(spelled.getOrDefault(key, key));
    }

    private String at(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    private Object raw(String key) {
        String given = spelled.get(key);
        return given == null ? null : values.get(given);
    }

    // ---- settings ----

    /** The setting's value, or its default when absent or wrong (the problem is recorded). */
    public <T> T get(Setting<T> setting) {
        return find(setting).orElse(setting.defaultValue());
    }

    /** The setting's value when it is given and right; a wrong value is recorded, a missing required one too. */
    public <T> Optional<T> find(Setting<T> setting) {
        String where = pathOf(setting.key());
        Object raw = raw(setting.key());
        if (raw == null) {
            if (setting.isRequired()) {
                boolean list = setting.type() instanceof ValueType.ListOf<?> l && l.min() > 0;
                boolean words = !list && !setting.type().values().isEmpty();
                problem(setting.key(), list ? "needs at least one entry"
                        : words ? "is required (" + setting.type().name() + ")" : "is required");
            }
            return Optional.empty();
        }
        return read(setting.type(), raw, where, setting.isRequired());
    }

    @SuppressWarnings("unchecked")
    private <T> Optional<T> read(ValueType<T> type, Object raw, String where, boolean required) {
        if (type instanceof ValueType.Scalar<T> scalar) {
            return scalar(scalar, raw, where, required);
        }
        if (type instanceof ValueType.ListOf<?> list) {
            return (Optional<T>) list(list, raw, where);
        }
        return (Optional<T>) map((ValueType.MapOf<?>) type, raw, where);
    }

    private <T> Optional<T> scalar(ValueType.Scalar<T> type, Object raw, String where, boolean required) {
        if (!isScalar(raw)) {
            context.problems().add(where, "must be a single value, not a list or a mapping");
            return Optional.empty();
        }
        return parse(type, substituted(raw, where), where, required);
    }

    private String substituted(Object raw, String where) {
        return context.substitution().apply(String.valueOf(raw), where, context.problems()).strip();
    }

    private <T> Optional<T> parse(ValueType.Scalar<T> type, String text, String where, boolean required) {
        if (required && text.isEmpty()) {
            context.problems().add(where, "must not be empty");
            return Optional.empty();
        }
        try {
            return Optional.of(type.parse(text));
        } catch (NumberFormatException e) {
            context.problems().add(where, "is not a valid " + type.name());
        } catch (IllegalArgumentException e) {
            context.problems().add(where, e.getMessage());
        } catch (RuntimeException e) {
            context.problems().add(where, "could not be read (an internal error: " + e.getClass().getSimpleName() + ")");
        }
        return Optional.empty();
    }

    private <E> Optional<List<E>> list(ValueType.ListOf<E> type, Object raw, String where) {
        List<Optional<E>> read = new ArrayList<>();
        if (raw instanceof List<?> items) {
            for (int i = 0; i < items.size(); i++) {
                Object item = items.get(i);
                read.add(item == null ? Optional.empty() : scalar(type.element(), item, where + "[" + i + "]", false));
            }
        } else if (isScalar(raw) && context.relaxed()) {
            // Spring Boot's list in one text: "a, b" is two items, "" none
            for (String item : substituted(raw, where).split(",")) {
                if (!item.isBlank()) {
                    read.add(parse(type.element(), item.strip(), where, false));
                }
            }
        } else if (isScalar(raw)) {
            read.add(scalar(type.element(), raw, where, false));
        } else {
            context.problems().add(where, "must be a list");
            return Optional.empty();
        }
        List<E> out = read.stream().flatMap(Optional::stream).toList();
        if (out.size() < type.min() || out.size() > type.max()) {
            type.problem(out).ifPresent(p -> context.problems().add(where, p));
            return Optional.empty();
        }
        return out.size() == read.size() ? Optional.of(out) : Optional.empty();
    }

    private <E> Optional<Map<String, E>> map(ValueType.MapOf<E> type, Object raw, String where) {
        if (!(raw instanceof Map<?, ?> given)) {
            context.problems().add(where, "must be a mapping");
            return Optional.empty();
        }
        Map<String, E> out = new LinkedHashMap<>();
        boolean whole = true;
        for (Map.Entry<?, ?> e : given.entrySet()) {
            String name = String.valueOf(e.getKey());
            Optional<E> v = e.getValue() == null ? Optional.empty() : scalar(type.element(), e.getValue(), where + "." + name, false);
            if (v.isPresent()) {
                out.put(name, v.get());
            } else {
                whole = false;
            }
        }
        return whole ? Optional.of(Collections.unmodifiableMap(out)) : Optional.empty();
    }

    // ---- nested mappings ----

    /** The reader of a nested section; an absent one reads as empty (every setting its default). */
    public ConfigReader section(Section child) {
        return new ConfigReader(pathOf(child.key()), raw(child.key()), child, context, true, "");
    }

    /**
     * A reader per entry of a list ({@code calendars[0]}, ...); for a list of several shapes, each entry knows the
     * keys of the variant its discriminator names (a wrong discriminator is reported, and its other keys are not).
     */
    public List<ConfigReader> entries(Entries list) {
        Object raw = raw(list.key());
        String where = pathOf(list.key());
        if (raw == null) {
            return List.of();
        }
        if (!(raw instanceof List<?> items)) {
            context.problems().add(where, "must be a list");
            return List.of();
        }
        List<ConfigReader> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            out.add(entry(where + "[" + i + "]", items.get(i), list, context, section));
        }
        return out;
    }

    /**
     * A reader of one entry of {@code list} given alone (a channel entry handed over in code), its problems' paths
     * relative to it ({@code webhookUrl}, {@code to[1]}).
     */
    public static ConfigReader entry(Object node, Entries list, Problems problems, Substitution substitution) {
        return entry("", node, list, new Context(problems, substitution, false), list.entry());
    }

    private static ConfigReader entry(String at, Object item, Entries list, Context context, Section parent) {
        if (list.discriminator().isEmpty()) {
            return new ConfigReader(at, item, list.recursive() ? parent : list.entry(), context, true, "");
        }
        Setting<?> discriminator = (Setting<?>) list.entry().member(list.discriminator()).orElseThrow();
        Optional<String> variant = new ConfigReader(at, item, list.entry(), context, false, "").shown(discriminator)
                .filter(list.variants()::containsKey);
        return new ConfigReader(at, item, variant.map(list::shape).orElse(list.entry()), context, variant.isPresent(),
                variant.orElse(""));
    }

    private <T> Optional<String> shown(Setting<T> setting) {
        return find(setting).map(setting.type()::show);
    }

    /** A reader per named section ({@code scaling.pools.orders}), in the order given. */
    public Map<String, ConfigReader> named(Named named) {
        Object raw = raw(named.key());
        Map<String, ConfigReader> out = new LinkedHashMap<>();
        if (raw == null) {
            return out;
        }
        if (!(raw instanceof Map<?, ?> given)) {
            context.problems().add(pathOf(named.key()), "must be a mapping");
            return out;
        }
        given.forEach((name, node) -> out.put(String.valueOf(name),
                new ConfigReader(pathOf(named.key()) + "." + name, node, named.element(), context, true, "")));
        return out;
    }

    // ---- problems the reading code finds ----

    /** A problem with this mapping as a whole. */
    public void problem(String message) {
        context.problems().add(path, message);
    }

    /** A problem with one key's value ({@code key} may also be {@code to[1]}). */
    public void problem(String key, String message) {
        context.problems().add(pathOf(key), message);
    }

    public void problem(Member member, String message) {
        problem(member.key(), message);
    }

    /**
     * What {@code make} (a builder's {@code build()}) returns; its {@link IllegalArgumentException} (which names the
     * field and the value) is recorded as a problem with this mapping, and the result is empty.
     */
    public <T> Optional<T> build(Supplier<T> make) {
        return build("", make);
    }

    /** The same, the problem recorded at {@code key}. */
    public <T> Optional<T> build(String key, Supplier<T> make) {
        try {
            return Optional.of(make.get());
        } catch (IllegalArgumentException e) {
            if (key.isEmpty()) {
                problem(e.getMessage());
            } else {
                problem(key, e.getMessage());
            }
            return Optional.empty();
        }
    }

    /**
     * What {@code make} (a typed config's builder) returns, when no problem has been recorded in this mapping: a
     * builder given values already found wrong would only say so again, in its own words.
     */
    public <T> Optional<T> buildIfValid(Supplier<T> make) {
        return hasProblems() ? Optional.empty() : build(make);
    }

    /** True when a problem has been recorded at this mapping's path or below it. */
    public boolean hasProblems() {
        return context.problems().all().stream().map(Problem::path).anyMatch(p -> path.isEmpty() || p.equals(path)
                || p.startsWith(path + ".") || p.startsWith(path + "["));
    }

    /** Runs {@code action} (a builder's setter), its {@link IllegalArgumentException} recorded at {@code key}. */
    public boolean attempt(String key, Runnable action) {
        return build(key, () -> {
            action.run();
            return Boolean.TRUE;
        }).isPresent();
    }

    private static boolean isScalar(Object node) {
        return node instanceof String || node instanceof Number || node instanceof Boolean || node instanceof Character;
    }
}
