package com.wedsync.guardian.app.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.wedsync.guardian.secret.Secret;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads {@code guardian.yaml} into a {@link GuardianConfig}, collecting every problem before failing once. */
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
        return parse(read(file), file.toString(), java.util.Set.of(sections));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new ConfigProblems.InvalidConfigException(file.toString(), java.util.List.of("file not found"));
        } catch (IOException e) {
            throw new ConfigProblems.InvalidConfigException(file.toString(),
                    java.util.List.of("cannot be read: " + e.getMessage()));
        }
    }

    public GuardianConfig parse(String yaml, String source) {
        return parse(yaml, source, GuardianConfigReader.SECTIONS);
    }

    private GuardianConfig parse(String yaml, String source, java.util.Set<String> sections) {
        ConfigProblems problems = new ConfigProblems();
        JsonNode tree;
        try {
            tree = yaml.isBlank() ? YAML.createObjectNode() : YAML.readTree(yaml);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                    : "line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ": ";
            throw new ConfigProblems.InvalidConfigException(source,
                    java.util.List.of(where + "not valid YAML: " + e.getOriginalMessage()));
        }
        if (tree == null || tree.isMissingNode()) {
            tree = YAML.createObjectNode();
        }
        if (tree instanceof ObjectNode object) {
            object.remove(GuardianConfigReader.SECTIONS.stream().filter(s -> !sections.contains(s)).toList());
        }
        EnvironmentVariables env = new EnvironmentVariables(environment);
        ConfigNode root = new ConfigNode(tree, "", problems, env);
        GuardianConfig config;
        try {
            config = GuardianConfigReader.read(root);
        } catch (RuntimeException e) {
            // a reader's own bug must not become the user's message: say what was found, and that the check stopped
            LOG.debug("reading {} failed", source, e);
            problems.add("", "the check stopped early (an internal error: " + e.getClass().getSimpleName()
                    + "); the problems above were found before it");
            throw new ConfigProblems.InvalidConfigException(source, problems.all());
        }
        if (!problems.isEmpty()) {
            throw new ConfigProblems.InvalidConfigException(source, problems.all().stream().map(env::redact).toList());
        }
        return config.withSecrets(env.secrets().stream().map(Secret::of).collect(Collectors.toSet()));
    }
}
