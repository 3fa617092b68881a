package com.wedsync.guardian.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code guardian bench}: the benchmarks (and FlexyPool, their reactive baseline) ship in guardian-bench's jar,
 * so that guardian.jar carries neither; the {@code ./guardian} launcher runs {@code bench ...} from there. Listed
 * here so that the help shows them; reached inside guardian.jar, it says where they are.
 */
@Command(name = "bench", description = "Benchmarks against real parts, from guardian-bench (./guardian bench --help).")
public final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** Whatever was meant for the real bench command. */
    @Unmatched
    List<String> arguments = new ArrayList<>();

    @Override
    public Integer call() {
        // The arguments are not echoed: they may hold a --password.
        spec.commandLine().getErr().println("bench: the benchmarks are not in guardian.jar; run them as ./guardian bench ..."
                + " (it builds guardian-bench/target/benchmarks.jar), or java -cp guardian-bench/target/benchmarks.jar"
                + " com.wedsync.guardian.bench.cli.BenchMain ...");
        spec.commandLine().getErr().flush();
        return GuardianCommand.EXIT_BAD_INPUT;
    }
}
