package com.wedsync.guardian.bench.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/**
 * {@code guardian bench}: benchmarks that run against real parts. They ship in guardian-bench's jar, not in
 * guardian.jar; the {@code ./guardian} launcher hands {@code bench ...} to {@link BenchMain}.
 */
@Command(name = "guardian bench", mixinStandardHelpOptions = true, description = "Benchmarks against real parts.",
        subcommands = {BenchScenarioCommand.class, BenchFleetCommand.class, BenchFleetCommand.Member.class,
                BenchFleetSimCommand.class})
public final class BenchCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The command line with the guardian's conventions: bad usage exits 2 with a message, never a stack trace. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new BenchCommand());
        cl.setExitCodeExceptionMapper(e -> BenchScenarioCommand.EXIT_BAD_INPUT);
        cl.getCommandSpec().exitCodeOnInvalidInput(BenchScenarioCommand.EXIT_BAD_INPUT);
        return cl;
    }
}
