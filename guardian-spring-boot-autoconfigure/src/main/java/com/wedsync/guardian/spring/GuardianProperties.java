package com.wedsync.guardian.spring;

import com.wedsync.guardian.app.config.ConfigLoader;
import com.wedsync.guardian.app.config.ConfigProblems;
import com.wedsync.guardian.app.config.GuardianConfig;
import com.wedsync.guardian.app.config.GuardianSchema;
import com.wedsync.guardian.config.ConfigReader;
import com.wedsync.guardian.config.EnvironmentVariables;
import com.wedsync.guardian.config.Problems;
import com.wedsync.guardian.config.Setting;
import com.wedsync.guardian.metrics.config.MetricsSchema;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * The {@code guardian.*} properties of a Spring application, read onto guardian.yaml's schema. {@link PropertyTree}
 * gathers them as Spring Boot's binder sees them (every source by precedence, environment variables by their relaxed
 * names); guardian.yaml's own reader reads the tree ({@link #toConfig}, the one seam), each key in any spelling Boot
 * binds ({@code saturation-critical}, {@code saturationCritical}, {@code SATURATIONCRITICAL}) mapped to the schema's
 * by the schema, and every problem named as its property ({@code guardian.health.saturation-critical}). {@code ${NAME}}
 * in a value is an environment variable (or a property whose name has no dot), substituted and kept secret as in
 * guardian.yaml; a default is written {@code ${NAME:-default}} or, as Spring writes it, {@code ${NAME:default}}.
 *
 * <p>The starter's own keys ({@link StarterSchema#OWN}): {@code guardian.enabled} (default true), {@code guardian.exclude}
 * (bean names whose pools are not guarded), {@code guardian.config-location} (a guardian.yaml instead of the
 * properties) and {@code guardian.pool-database.<pool>} (the database of {@code guardian.databases} a pool draws on;
 * default: the one database when exactly one is configured).
 */
public final class GuardianProperties {

    private static final String PREFIX = StarterSchema.PREFIX;

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
        List<String> problems = new ArrayList<>();
        Map<String, Object> tree = PropertyTree.read(environment, problems);
        Map<String, Object> own = new LinkedHashMap<>();
        for (String key : List.copyOf(tree.keySet())) {
            if (StarterSchema.isOwn(key)) {
                own.put(key, tree.remove(key));
            }
        }
        Function<String, String> variables = environment::getProperty;
        EnvironmentVariables substitution = new EnvironmentVariables(variables);
        Problems ownProblems = new Problems();
        ConfigReader starter = ConfigReader.relaxed(PREFIX, own, StarterSchema.OWN, ownProblems, substitution);
        starter.get(StarterSchema.ENABLED);
        Set<String> excluded = Set.copyOf(starter.get(StarterSchema.EXCLUDE));
        Map<String, String> databases = starter.get(StarterSchema.POOL_DATABASE);
        Optional<String> location = starter.find(StarterSchema.CONFIG_LOCATION);
        ownProblems.lines().forEach(p -> problems.add(substitution.redact(p)));
        GuardianConfig config = null;
        if (location.isPresent()) {
            if (!tree.isEmpty()) {
                problems.add(starter.pathOf(StarterSchema.CONFIG_LOCATION.key()) + ": set either a guardian.yaml or"
                        + " guardian.* properties, not both (found " + PREFIX + "." + tree.keySet().iterator().next() + ")");
            }
            try {
                config = new ConfigLoader(variables).load(Path.of(location.get()));
            } catch (ConfigProblems.InvalidConfigException e) {
                e.problems().forEach(p -> problems.add(PREFIX + ".config-location " + location.get() + ": " + p));
            }
        } else {
            problems.addAll(embeddingProblems(tree, substitution));
            try {
                config = toConfig(tree, variables);
            } catch (ConfigProblems.InvalidConfigException e) {
                problems.addAll(e.problems());
            }
        }
        if (config != null) {
            for (Map.Entry<String, String> e : databases.entrySet()) {
                if (config.databases().stream().noneMatch(d -> d.name().equals(e.getValue()))) {
                    problems.add(starter.pathOf(StarterSchema.POOL_DATABASE.key()) + "." + e.getKey()
                            + ": names no entry of guardian.databases (" + String.join(", ",
                            config.databases().stream().map(GuardianConfig.DatabaseSettings::name).toList()) + ")");
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
     * The seam: a tree of {@code guardian.*} properties (keys as Spring Boot spells them, lists as lists, values as
     * text) read into a checked {@link GuardianConfig} by guardian.yaml's own reader, so the properties and the file
     * share one schema and one set of messages.
     *
     * @param variables what {@code ${NAME}} in a value stands for
     * @throws ConfigProblems.InvalidConfigException with every problem, each named as its property
     *                                               ({@code guardian.health.saturation-critical: ...})
     */
    public static GuardianConfig toConfig(Map<String, Object> tree, Function<String, String> variables) {
        return new ConfigLoader(variables).parseTree(PREFIX, tree, "guardian.* properties");
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

    /** Problems of settings that mean something else inside a Spring Boot application. */
    private static List<String> embeddingProblems(Map<String, Object> tree, EnvironmentVariables substitution) {
        List<String> problems = new ArrayList<>();
        // the whole tree's problems are toConfig's to report: this read only looks
        ConfigReader root = ConfigReader.relaxed(PREFIX, tree, GuardianSchema.ROOT, new Problems(), substitution);
        if (root.has(GuardianSchema.HTTP)) {
            problems.add(root.pathOf(GuardianSchema.HTTP.key()) + ": the starter serves no HTTP API of its own; the"
                    + " actuator endpoint \"guardian\" answers with the same documents"
                    + " (management.endpoints.web.exposure.include=guardian)");
        }
        ConfigReader metrics = root.section(MetricsSchema.SECTION);
        exporterProblem(metrics.section(MetricsSchema.STATSD), MetricsSchema.STATSD_ENABLED, problems);
        exporterProblem(metrics.section(MetricsSchema.OTLP), MetricsSchema.OTLP_ENABLED, problems);
        return problems;
    }

    private static void exporterProblem(ConfigReader exporter, Setting<Boolean> enabled, List<String> problems) {
        if (exporter.get(enabled)) {
            String name = exporter.path().substring(exporter.path().lastIndexOf('.') + 1);
            problems.add(exporter.pathOf(enabled.key()) + ": the guardian's meters go to the application's MeterRegistry;"
                    + " export them with Boot's management." + name + ".metrics.export.* instead");
        }
    }
}
