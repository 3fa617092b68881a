package com.wedsync.guardian.app.cli;

import com.wedsync.guardian.app.config.ConfigLoader;
import com.wedsync.guardian.app.config.ConfigProblems;
import com.wedsync.guardian.app.config.GuardianConfig;
import com.wedsync.guardian.wedding.ContextPolicy;
import com.wedsync.guardian.freeze.FreezePolicy;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.nio.file.Path;

/** {@code guardian freeze check|export}: the deploy freeze for pipelines (issue 15, README "Deploy freezes"). */
@Command(name = "freeze", description = "The deploy freeze: may a service be deployed now, and the freezes as windows"
        + " for Argo CD, GitLab and calendars.", subcommands = {FreezeCheck.class, FreezeExportCommand.class})
public final class FreezeCommand implements Runnable {

    /** Exit code of {@code freeze check} when the deploy is frozen. */
    static final int EXIT_FROZEN = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The freeze and wedding policies of {@code --config FILE} (only its freeze: and weddings: sections), else defaults. */
    record Policies(ContextPolicy context, FreezePolicy freeze) {

        static Policies of(String configFile) {
            if (configFile == null) {
                return new Policies(ContextPolicy.defaults(), FreezePolicy.defaults());
            }
            try {
                GuardianConfig c = ConfigLoader.withSystemEnvironment().loadSections(Path.of(configFile), "freeze", "weddings");
                return new Policies(c.weddings(), c.freeze().policy());
            } catch (ConfigProblems.InvalidConfigException e) {
                throw new IllegalArgumentException(e.getMessage());
            } catch (java.nio.file.InvalidPathException e) {
                throw new IllegalArgumentException("--config must be a file path, but was '" + configFile + "'");
            }
        }
    }
}
