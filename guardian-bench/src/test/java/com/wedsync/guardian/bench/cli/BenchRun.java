package com.wedsync.guardian.bench.cli;

import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs {@code guardian bench} in the test's JVM, as a user would from the command line. */
public final class BenchRun {

    private BenchRun() {
    }

    /** The exit code, what went to standard output and what went to standard error. */
    public static String[] run(String... args) {
        CommandLine cl = BenchCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new String[]{String.valueOf(exit), out.toString(), err.toString()};
    }
}
