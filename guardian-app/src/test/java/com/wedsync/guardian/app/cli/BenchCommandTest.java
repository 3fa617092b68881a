package com.wedsync.guardian.app.cli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 13, item 7: the benchmarks left guardian.jar, and the help still shows where they are. */
class BenchCommandTest {

    @Test
    void theHelpListsBenchAndGuardianJarSaysWhereTheBenchmarksAreWithoutEchoingTheArguments() {
        CliRun help = CliRun.of("--help");
        CliRun bench = CliRun.of("bench", "scenario", "--db", "jdbc:postgresql://127.0.0.1/test", "--password", "hunter2");

        assertThat(help.out()).containsPattern("(?m)^  bench +Benchmarks against real parts");
        assertThat(bench.exitCode()).isEqualTo(GuardianCommand.EXIT_BAD_INPUT);
        assertThat(bench.err().lines()).hasSize(1);
        assertThat(bench.err()).contains("./guardian bench").contains("guardian-bench/target/benchmarks.jar").doesNotContain("hunter2");
    }
}
