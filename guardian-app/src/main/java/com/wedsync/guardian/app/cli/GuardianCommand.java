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
                NotifyCommand.class,
                CalendarCommand.class,
                ContextCommand.class,
                ForecastCommand.class,
                OverrideCommand.class,
                FreezeCommand.class,
                BenchCommand.class,
                FleetCommand.class,
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

    /** Exit code for a failure of the guardian itself. */
    public static final int EXIT_FAILED = 1;

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(GuardianCommand.class);

    /**
     * The command line with the project's conventions: bad usage exits 2 with one line naming the option (not
     * the whole usage), and an unexpected exception exits 1 with one line saying what to do, never its stack
     * trace or its own message (a NullPointerException's text means nothing to the user).
     */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new GuardianCommand());
        cl.setExitCodeExceptionMapper(e -> EXIT_BAD_INPUT);
        cl.getCommandSpec().exitCodeOnInvalidInput(EXIT_BAD_INPUT);
        cl.setParameterExceptionHandler(GuardianCommand::badUsage);
        cl.setExecutionExceptionHandler(GuardianCommand::failed);
        return cl;
    }

    private static int badUsage(CommandLine.ParameterException e, String[] args) {
        CommandLine cl = e.getCommandLine();
        cl.getErr().println(e.getMessage() + " (see: " + cl.getCommandSpec().qualifiedName() + " --help)");
        CommandLine.UnmatchedArgumentException.printSuggestions(e, cl.getErr());
        return EXIT_BAD_INPUT;
    }

    private static int failed(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        LOG.debug("{} failed", cl.getCommandSpec().qualifiedName(), e);
        cl.getErr().println(cl.getCommandSpec().qualifiedName() + " failed: an internal error ("
                + e.getClass().getSimpleName() + "); GUARDIAN_LOG_LEVEL=DEBUG shows where, please report it");
        return EXIT_FAILED;
    }
}
