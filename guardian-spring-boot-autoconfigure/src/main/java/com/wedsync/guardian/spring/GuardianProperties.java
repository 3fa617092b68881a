package com.wedsync.guardian.spring;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.wedsync.guardian.app.config.ConfigLoader;
import com.wedsync.guardian.app.config.ConfigProblems;
import com.wedsync.guardian.app.config.GuardianConfig;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.origin.OriginTrackedValue;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;

/**
 * The {@code guardian.*} properties of a Spring application, read onto guardian.yaml's schema. Every enumerable
 * property source is read (the highest-precedence value of a name wins), each name's segments turned from kebab-case
 * to guardian.yaml's camelCase ({@code guardian.health.saturation-critical} is {@code health.saturationCritical}),
 * list indexes ({@code calendars[0]}) and bracketed map keys ({@code headers[api-key]}) kept; the tree goes to
 * {@link #toConfig}, the one place that hands it to guardian.yaml's reader. {@code ${NAME}} in a value is an
 * environment variable (or a property whose name has no dot), substituted and kept secret as in guardian.yaml; a
 * default is written {@code ${NAME:-default}} or, as Spring writes it, {@code ${NAME:default}}.
 *
 * <p>The starter's own keys: {@code guardian.enabled} (default true), {@code guardian.exclude} (bean names whose pools
 * are not guarded), {@code guardian.config-location} (a guardian.yaml instead of the properties) and
 * {@code guardian.pool-database.<pool>} (the database of {@code guardian.databases} a pool draws on; default: the one
 * database when exactly one is configured).
 */
public final class GuardianProperties {

    static final String PREFIX = "guardian";
    private static final String ENABLED = "enabled";
    private static final String EXCLUDE = "exclude";
    private static final String CONFIG_LOCATION = "configLocation";
    private static final String POOL_DATABASE = "poolDatabase";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern SEGMENT = Pattern.compile("([^\\[\\]]*)((?:\\[[^\\]]*\\])*)");
    private static final Pattern INDEX = Pattern.compile("\\[([^\\]]*)\\]");
    private static final Pattern NUMBER = Pattern.compile("-?\\d{1,18}(\\.\\d+)?");
    /** Spring's {@code ${NAME:default}}, which guardian.yaml writes {@code ${NAME:-default}}. */
    private static final Pattern SPRING_DEFAULT = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*):(?!-)([^}]*)}");
    /** Names of the property sources that only mirror others. */
    private static final Set<String> MIRRORS = Set.of("configurationProperties");

    private final GuardianConfig config;
    private final Set<String> excluded;
    private final Map<String, String> poolDatabases;

    private GuardianProperties(GuardianConfig config, Set<String> excluded, Map<String, String> poolDatabases) {
        this.config = config;
        this.excluded = Set.copyOf(excluded);
        this.poolDatabases = Map.copyOf(poolDatabases);
    }

    /** The checked settings, or {@link GuardianStartupException} listing every problem with its property name. */
    public static GuardianProperties read(ConfigurableEnvironment environment) {
        Map<String, Object> tree = tree(environment);
        List<String> problems = new ArrayList<>();
        Object location = tree.remove(CONFIG_LOCATION);
        tree.remove(ENABLED);
        Set<String> excluded = names(tree.remove(EXCLUDE), "exclude", problems);
        Map<String, String> databases = poolDatabases(tree.remove(POOL_DATABASE), problems);
        Function<String, String> variables = environment::getProperty;
        GuardianConfig config = null;
        if (location != null) {
            if (!tree.isEmpty()) {
                problems.add(PREFIX + ".config-location: set either a guardian.yaml or guardian.* properties, not both"
                        + " (found " + PropertyNames.property(tree.keySet().iterator().next()) + ")");
            }
            try {
                config = new ConfigLoader(variables).load(Path.of(String.valueOf(location)));
            } catch (ConfigProblems.InvalidConfigException e) {
                e.problems().forEach(p -> problems.add(PREFIX + ".config-location " + location + ": " + p));
            }
        } else {
            problems.addAll(embeddingProblems(tree));
            try {
                config = toConfig(tree, variables);
            } catch (ConfigProblems.InvalidConfigException e) {
                e.problems().forEach(p -> problems.add(PropertyNames.springProblem(p)));
            }
        }
        if (config != null) {
            for (Map.Entry<String, String> e : databases.entrySet()) {
                if (config.databases().stream().noneMatch(d -> d.name().equals(e.getValue()))) {
                    problems.add(PREFIX + ".pool-database." + e.getKey() + ": names no entry of guardian.databases ("
                            + String.join(", ", config.databases().stream().map(GuardianConfig.DatabaseSettings::name).toList())
                            + ")");
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new GuardianStartupException("The guardian's settings have " + problems.size() + " problem(s)", problems,
                    "Fix the guardian.* properties above: they follow guardian.yaml's schema (README, \"Configuration"
                            + " reference\"), written in kebab-case; or set guardian.enabled=false to leave the guardian out.");
        }
        return new GuardianProperties(config, excluded, databases);
    }

    /**
     * The seam: a tree of guardian.yaml's keys (camelCase, lists as lists) read into a checked {@link GuardianConfig},
     * by guardian.yaml's own reader, so the properties and the file share one schema and one set of messages.
     *
     * @param variables what {@code ${NAME}} in a value stands for
     * @throws ConfigProblems.InvalidConfigException with every problem, each with its guardian.yaml path
     */
    public static GuardianConfig toConfig(Map<String, Object> tree, Function<String, String> variables) {
        try {
            return new ConfigLoader(variables).parse(JSON.writeValueAsString(tree), "guardian.* properties");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the guardian.* properties cannot be written as JSON", e);
        }
    }

    /** The configuration, checked. */
    public GuardianConfig config() {
        return config;
    }

    /** Bean names whose pools are left alone. */
    public Set<String> excluded() {
        return excluded;
    }

    /** The database a pool draws on: as configured, else the one database when there is exactly one. */
    public String databaseOf(String pool) {
        String named = poolDatabases.get(pool);
        if (named != null) {
            return named;
        }
        return config.databases().size() == 1 ? config.databases().get(0).name() : null;
    }

    /** Every {@code guardian.*} property as a tree of guardian.yaml's keys, the starter's own keys among them. */
    static Map<String, Object> tree(ConfigurableEnvironment environment) {
        Map<String, Object> flat = new LinkedHashMap<>();
        for (PropertySource<?> source : environment.getPropertySources()) {
            if (source instanceof EnumerablePropertySource<?> e && !MIRRORS.contains(source.getName())) {
                for (String name : e.getPropertyNames()) {
                    if (name.startsWith(PREFIX + ".") && !flat.containsKey(name)) {
                        Object value = e.getProperty(name);
                        flat.put(name, value instanceof OriginTrackedValue o ? o.getValue() : value);
                    }
                }
            }
        }
        Map<String, Object> tree = new TreeMap<>();
        List<String> conflicts = new ArrayList<>();
        flat.forEach((name, value) -> put(tree, name.substring(PREFIX.length() + 1), scalar(value), name, conflicts));
        if (!conflicts.isEmpty()) {
            throw new GuardianStartupException("The guardian's properties contradict each other", conflicts,
                    "Give each of these either a value or keys below it, not both.");
        }
        return tree;
    }

    /** A value as guardian.yaml would read it unquoted: whole and decimal numbers, true and false; text otherwise. */
    static Object scalar(Object value) {
        String text = value == null ? "" : SPRING_DEFAULT.matcher(String.valueOf(value).strip()).replaceAll("\\${$1:-$2}");
        if (NUMBER.matcher(text).matches()) {
            return text.contains(".") ? (Object) Double.valueOf(text) : (Object) Long.valueOf(text);
        }
        if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
            return Boolean.valueOf(text);
        }
        return text;
    }

    @SuppressWarnings("unchecked")
    private static void put(Map<String, Object> tree, String path, Object value, String property, List<String> conflicts) {
        Object node = tree;
        List<Object> steps = new ArrayList<>();
        for (String segment : path.split("\\.")) {
            Matcher m = SEGMENT.matcher(segment);
            if (!m.matches()) {
                conflicts.add(property + ": not a property name the guardian can read");
                return;
            }
            if (!m.group(1).isEmpty()) {
                steps.add(PropertyNames.camel(m.group(1)));
            }
            Matcher index = INDEX.matcher(m.group(2));
            while (index.find()) {
                String inside = index.group(1);
                steps.add(inside.matches("\\d{1,4}") ? (Object) Integer.valueOf(inside) : inside);
            }
        }
        for (int i = 0; i < steps.size(); i++) {
            Object step = steps.get(i);
            boolean last = i == steps.size() - 1;
            Object next = last ? value : steps.get(i + 1) instanceof Integer ? new ArrayList<>() : new TreeMap<String, Object>();
            if (step instanceof Integer index && node instanceof List<?> list) {
                List<Object> l = (List<Object>) list;
                while (l.size() <= index) {
                    l.add(null);
                }
                node = place(l.get(index), next, last, property, conflicts, v -> l.set(index, v));
            } else if (step instanceof String key && node instanceof Map<?, ?> map) {
                Map<String, Object> m = (Map<String, Object>) map;
                node = place(m.get(key), next, last, property, conflicts, v -> m.put(key, v));
            } else {
                conflicts.add(property + ": " + (step instanceof Integer ? "a list index where keys are given"
                        : "keys where a list is given") + " elsewhere");
                return;
            }
            if (node == null) {
                return;
            }
        }
    }

    private static Object place(Object existing, Object next, boolean last, String property, List<String> conflicts,
                                java.util.function.Consumer<Object> set) {
        if (existing == null) {
            set.accept(next);
            return next;
        }
        if (last || !(existing instanceof Map || existing instanceof List)) {
            conflicts.add(property + ": given a value and, elsewhere, keys below it");
            return null;
        }
        return existing;
    }

    /** Problems of settings that mean something else inside a Spring Boot application. */
    @SuppressWarnings("unchecked")
    private static List<String> embeddingProblems(Map<String, Object> tree) {
        List<String> problems = new ArrayList<>();
        if (tree.containsKey("http")) {
            problems.add(PREFIX + ".http: the starter serves no HTTP API of its own; the actuator endpoint \"guardian\""
                    + " answers with the same documents (management.endpoints.web.exposure.include=guardian)");
        }
        if (tree.get("metrics") instanceof Map<?, ?> metrics) {
            for (String exporter : List.of("statsd", "otlp", "prometheus")) {
                if (metrics.get(exporter) instanceof Map<?, ?> settings && Boolean.TRUE.equals(settings.get("enabled"))
                        && !exporter.equals("prometheus")) {
                    problems.add(PREFIX + ".metrics." + exporter + ".enabled: the guardian's meters go to the"
                            + " application's MeterRegistry; export them with Boot's management." + exporter
                            + ".metrics.export.* instead");
                }
            }
        }
        return problems;
    }

    private static Set<String> names(Object value, String key, List<String> problems) {
        Set<String> out = new LinkedHashSet<>();
        if (value == null) {
            return out;
        }
        if (value instanceof List<?> list) {
            list.stream().filter(v -> v != null).forEach(v -> out.add(String.valueOf(v).strip()));
        } else if (value instanceof Map<?, ?>) {
            problems.add(PREFIX + "." + key + ": must be a list of bean names");
        } else {
            for (String name : String.valueOf(value).split(",")) {
                if (!name.isBlank()) {
                    out.add(name.strip());
                }
            }
        }
        return out;
    }

    private static Map<String, String> poolDatabases(Object value, List<String> problems) {
        Map<String, String> out = new LinkedHashMap<>();
        if (value instanceof Map<?, ?> map) {
            map.forEach((pool, db) -> out.put(String.valueOf(pool), String.valueOf(db)));
        } else if (value != null) {
            problems.add(PREFIX + ".pool-database: must map pool names to database names (guardian.pool-database.orders=main)");
        }
        return out;
    }
}
