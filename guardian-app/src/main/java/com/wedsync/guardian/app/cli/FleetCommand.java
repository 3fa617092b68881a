package com.wedsync.guardian.app.cli;

import com.wedsync.guardian.app.fleet.FleetReport;
import com.wedsync.guardian.app.http.Json;
import com.wedsync.guardian.jdbc.fleet.FleetStoreException;
import com.wedsync.guardian.jdbc.fleet.FleetViewQuery;
import org.postgresql.ds.PGSimpleDataSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** {@code guardian fleet status --store URL}: the fleet as its store holds it, without a running instance (issue 12). */
@Command(name = "fleet", description = "Look at the fleet of guardians sharing a store.", subcommands = FleetCommand.Status.class)
public final class FleetCommand implements Runnable {

    public static final String PASSWORD_ENV = "GUARDIAN_STORE_PASSWORD";

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "status", mixinStandardHelpOptions = true,
            description = "Instances, pools and each database's budget and division, read from the fleet's store.")
    static final class Status implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--store", required = true, paramLabel = "URL", description = "the fleet's store: jdbc:postgresql://HOST:PORT/DB")
        String store;

        @Option(names = "--user", description = "the store's user")
        String user;

        @Option(names = "--json", description = "print JSON (the same document as GET /api/fleet)")
        boolean json;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            if (store == null || !store.startsWith("jdbc:postgresql:") || store.length() > 2_000) {
                err.println("--store must be a jdbc:postgresql: URL (the fleet's store)");
                return GuardianCommand.EXIT_BAD_INPUT;
            }
            PGSimpleDataSource ds = new PGSimpleDataSource();
            try {
                ds.setURL(store);
            } catch (IllegalArgumentException e) {
                err.println("--store is not a PostgreSQL JDBC URL this driver understands");
                return GuardianCommand.EXIT_BAD_INPUT;
            }
            if (user != null) {
                ds.setUser(user);
            }
            String password = System.getenv(PASSWORD_ENV);
            if (password != null) {
                ds.setPassword(password);
            }
            ds.setConnectTimeout(10);
            ds.setSocketTimeout(30);
            try {
                FleetReport report = FleetReport.of(new FleetViewQuery(ds).read());
                out.print(json ? Json.write(report) + "\n" : report.render());
                out.flush();
                return 0;
            } catch (FleetStoreException e) {
                err.println("cannot read the fleet from the store: " + e.getMessage());
                return 1;
            }
        }
    }
}
