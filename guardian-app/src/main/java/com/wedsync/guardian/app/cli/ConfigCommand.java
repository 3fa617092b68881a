package com.wedsync.guardian.app.cli;

import com.wedsync.guardian.app.config.ConfigLoader;
import com.wedsync.guardian.app.config.ConfigProblems;
import com.wedsync.guardian.app.config.GuardianConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code guardian config check FILE}: every problem of a config at once, exit 2 if there is any. */
@Command(name = "config", description = "Work with guardian.yaml.",
        subcommands = ConfigCommand.Check.class)
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
}
