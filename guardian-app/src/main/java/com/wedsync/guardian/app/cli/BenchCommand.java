package com.wedsync.guardian.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code guardian bench}: benchmarks that run against real parts (the JMH ones live in guardian-bench). */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Benchmarks against real parts.",
        subcommands = {BenchScenarioCommand.class})
public final class BenchCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
