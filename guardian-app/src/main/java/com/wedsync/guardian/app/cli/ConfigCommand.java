package com.wedsync.guardian.app.cli;

import com.wedsync.guardian.app.config.ConfigLoader;
import com.wedsync.guardian.app.config.ConfigProblems;
import com.wedsync.guardian.app.config.GuardianConfig;
import com.wedsync.guardian.app.config.GuardianSchema;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code guardian config check FILE}: every problem of a config at once, exit 2 if there is any;
 * {@code guardian config reference}: every setting, rendered from the schema.
 */
@Command(name = "config", description = "Work with guardian.yaml.",
        subcommands = {ConfigCommand.Check.class, ConfigCommand.Reference.class})
public final class ConfigCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "check", description = "Check a config file and list every problem at once (exit 2 if any).")
    static final class Check implements Callable<Integer> {

        @Parameters(index = "0", paramLabel = "FILE", description = "the guardian.yaml to check")
        Path file;

        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            try {
                GuardianConfig config = ConfigLoader.withSystemEnvironment().load(file);
                spec.commandLine().getOut().printf("%s: OK (%d JMX pool(s), %d database(s))%n", file,
                        config.pools().size(), config.databases().size());
                return 0;
            } catch (ConfigProblems.InvalidConfigException e) {
                spec.commandLine().getErr().println(e.getMessage());
                return GuardianCommand.EXIT_BAD_INPUT;
            }
        }
    }

    @Command(name = "reference", description = {"Print every setting of guardian.yaml (its key, type, default, allowed"
            + " values and what it is for), rendered from the schema: as the README's Markdown reference, or as Spring"
            + " Boot's configuration metadata."})
    static final class Reference implements Callable<Integer> {

        @picocli.CommandLine.Option(names = "--format", defaultValue = "markdown", paramLabel = "FORMAT",
                description = "markdown (default) or spring (spring-configuration-metadata.json)")
        String format;

        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            switch (format.strip().toLowerCase(java.util.Locale.ROOT)) {
                case "markdown" -> spec.commandLine().getOut().print(GuardianSchema.reference());
                case "spring" -> spec.commandLine().getOut().print(GuardianSchema.springMetadata());
                default -> {
                    spec.commandLine().getErr().println("--format must be markdown or spring, but was '"
                            + (format.length() > 40 ? format.substring(0, 40) + "…" : format) + "'");
                    return GuardianCommand.EXIT_BAD_INPUT;
                }
            }
            spec.commandLine().getOut().flush();
            return 0;
        }
    }
}
