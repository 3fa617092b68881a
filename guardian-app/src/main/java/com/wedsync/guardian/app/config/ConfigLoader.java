package com.wedsync.guardian.app.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.Function;

/** Reads {@code guardian.yaml} into a {@link GuardianConfig}, collecting every problem before failing once. */
public final class ConfigLoader {

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
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new ConfigProblems.InvalidConfigException(file.toString(), java.util.List.of("file not found"));
        } catch (IOException e) {
            throw new ConfigProblems.InvalidConfigException(file.toString(),
                    java.util.List.of("cannot be read: " + e.getMessage()));
        }
        return parse(text, file.toString());
    }

    public GuardianConfig parse(String yaml, String source) {
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
        EnvironmentVariables env = new EnvironmentVariables(environment);
        ConfigNode root = new ConfigNode(tree, "", problems, env);
        GuardianConfig config = GuardianConfigReader.read(root);
        if (!problems.isEmpty()) {
            throw new ConfigProblems.InvalidConfigException(source, problems.all().stream().map(env::redact).toList());
        }
        return config.withSecrets(env.secrets());
    }
}
