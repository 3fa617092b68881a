package com.wedsync.guardian.app.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.wedsync.guardian.config.ConfigReader;
import com.wedsync.guardian.config.EnvironmentVariables;
import com.wedsync.guardian.config.Problems;
import com.wedsync.guardian.secret.Secret;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads {@code guardian.yaml} (or a tree a binder made of Spring Boot properties) into a {@link GuardianConfig}:
 * the YAML becomes a neutral tree, the tree is read by {@link GuardianSchema}'s declarations with environment
 * variables substituted, and every problem is collected before failing once.
 */
public final class ConfigLoader {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ConfigLoader.class);
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final Function<String, String> environment;

    public ConfigLoader(Function<String, String> environment) {
        this.environment = environment;
    }

    public static ConfigLoader withSystemEnvironment() {
        return new ConfigLoader(System.getenv()::get);
    }

    /** The config, or {@link ConfigProblems.InvalidConfigException} listing every problem. */
    public GuardianConfig load(Path file) {
        return parse(read(file), file.toString());
    }

    /**
     * Only the named top-level sections of the file (and {@code instance}), for a command that uses no others:
     * the demo takes {@code metrics:} and {@code alerts:}, so an unset calendar variable does not concern it.
     * Unknown top-level keys are still reported; the other sections get their defaults.
     */
    public GuardianConfig loadSections(Path file, String... sections) {
        return parse(read(file), file.toString(), Set.of(sections));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new ConfigProblems.InvalidConfigException(file.toString(), List.of("file not found"));
        } catch (IOException e) {
            throw new ConfigProblems.InvalidConfigException(file.toString(), List.of("cannot be read: " + e.getMessage()));
        }
    }

    public GuardianConfig parse(String yaml, String source) {
        return parse(yaml, source, GuardianConfigReader.SECTIONS);
    }

    /**
     * The config a tree describes: maps, lists and scalars, as a binder makes them of {@code guardian.*} properties.
     * A key may be given in Spring Boot's kebab-case ({@code wait-p99-degraded}); each problem names its path in it.
     */
    public GuardianConfig parseTree(Map<String, Object> tree, String source) {
        return parseTree("", tree, source);
    }

    /**
     * The same, read as Spring Boot binds properties ({@code ConfigReader.relaxed}), each problem's path under
     * {@code prefix}: {@code guardian.health.wait-p99-degraded: must be ...}.
     */
    public GuardianConfig parseTree(String prefix, Map<String, Object> tree, String source) {
        return read(tree, source, prefix, true);
    }

    private GuardianConfig parse(String yaml, String source, Set<String> sections) {
        Object tree;
        try {
            tree = yaml.isBlank() ? null : YAML.readValue(yaml, Object.class);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                    : "line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ": ";
            throw new ConfigProblems.InvalidConfigException(source, List.of(where + "not valid YAML: " + e.getOriginalMessage()));
        }
        if (tree == null) {
            tree = Map.of();
        }
        if (tree instanceof Map<?, ?> map) {
            Map<Object, Object> kept = new LinkedHashMap<>(map);
            kept.keySet().removeIf(k -> GuardianConfigReader.SECTIONS.contains(String.valueOf(k)) && !sections.contains(String.valueOf(k)));
            tree = kept;
        }
        return read(tree, source, "", false);
    }

    private GuardianConfig read(Object tree, String source, String prefix, boolean relaxed) {
        Problems problems = new Problems();
        EnvironmentVariables env = new EnvironmentVariables(environment);
        ConfigReader root = relaxed ? ConfigReader.relaxed(prefix, tree, GuardianSchema.ROOT, problems, env)
                : ConfigReader.of(tree, GuardianSchema.ROOT, problems, env);
        GuardianConfig config;
        try {
            config = GuardianConfigReader.read(root);
        } catch (RuntimeException e) {
            // a reader's own bug must not become the user's message: say what was found, and that the check stopped
            LOG.debug("reading {} failed", source, e);
            problems.add(prefix, "the check stopped early (an internal error: " + e.getClass().getSimpleName()
                    + "); the problems above were found before it");
            throw new ConfigProblems.InvalidConfigException(source, problems.lines().stream().map(env::redact).toList());
        }
        if (!problems.isEmpty()) {
            throw new ConfigProblems.InvalidConfigException(source, problems.lines().stream().map(env::redact).toList());
        }
        return config.withSecrets(env.secrets().stream().map(Secret::of).collect(Collectors.toSet()));
    }
}
