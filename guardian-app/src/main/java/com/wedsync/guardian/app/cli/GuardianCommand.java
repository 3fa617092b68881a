package com.wedsync.guardian.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level {@code guardian} command. Subcommands are registered here, one line each. */
@Command(name = "guardian",
        mixinStandardHelpOptions = true,
        version = "WedSync Pool Guardian 0.1.0",
        description = "Keeps database connection pools healthy on the days that matter most: wedding days.",
        subcommands = {
                CommandLine.HelpCommand.class,
                ConfigCommand.class,
                DemoCommand.class,
                RunCommand.class,
                CalendarCommand.class,
                ContextCommand.class,
                ForecastCommand.class,
                OverrideCommand.class,
                BenchCommand.class,
        })
public final class GuardianCommand implements Runnable {

    /** Exit code for bad input or config. */
    public static final int EXIT_BAD_INPUT = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The command line with the project's conventions: bad usage exits 2 with a message, never a stack trace. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new GuardianCommand());
        cl.setExitCodeExceptionMapper(e -> EXIT_BAD_INPUT);
        cl.getCommandSpec().exitCodeOnInvalidInput(EXIT_BAD_INPUT);
        return cl;
    }
}
