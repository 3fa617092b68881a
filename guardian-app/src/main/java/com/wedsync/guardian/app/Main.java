package com.wedsync.guardian.app;

import com.wedsync.guardian.app.cli.GuardianCommand;
import picocli.CommandLine;

/** Parses the arguments and hands over to the command; nothing else. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(GuardianCommand.commandLine().execute(args));
    }
}
