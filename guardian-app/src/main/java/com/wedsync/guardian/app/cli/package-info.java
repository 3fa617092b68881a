/** The {@code guardian} command line (picocli): one class per command, registered in {@link com.wedsync.guardian.app.cli.GuardianCommand}. */
package com.wedsync.guardian.app.cli;
