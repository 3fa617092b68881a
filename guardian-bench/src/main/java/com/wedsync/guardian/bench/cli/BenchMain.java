package com.wedsync.guardian.bench.cli;

/** {@code ./guardian bench ...}: parses the arguments after {@code bench} and hands over to the command; nothing else. */
public final class BenchMain {

    private BenchMain() {
    }

    public static void main(String[] args) {
        System.exit(BenchCommand.commandLine().execute(args));
    }
}
