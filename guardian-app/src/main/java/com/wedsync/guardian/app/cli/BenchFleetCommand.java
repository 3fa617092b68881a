package com.wedsync.guardian.app.cli;

import com.wedsync.guardian.app.fleetbench.FleetBench;
import com.wedsync.guardian.app.fleetbench.FleetMember;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;

/** {@code guardian bench fleet}: K guardians in K JVMs sharing one database and one fleet store; one killed halfway. */
@Command(name = "fleet", mixinStandardHelpOptions = true,
        description = "K instances in K JVMs (pool, load, guardian in enforce mode) wanting more than the database can give; kill -9 of one halfway.")
public final class BenchFleetCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--db", required = true, paramLabel = "JDBC_URL", description = "a PostgreSQL JDBC URL (password: $" + FleetCommand.PASSWORD_ENV + ")")
    String db;

    @Option(names = "--user", required = true)
    String user;

    @Option(names = "--instances", defaultValue = "6", description = "K, the members (default ${DEFAULT-VALUE})")
    int instances;

    @Option(names = "--demand", defaultValue = "40", description = "threads of demand per member (default ${DEFAULT-VALUE})")
    int demand;

    @Option(names = "--budget", defaultValue = "0", description = "read max_connections as this (0: the server's own)")
    int budget;

    @Option(names = "--initial", defaultValue = "10", description = "each pool's size at the start (default ${DEFAULT-VALUE})")
    int initial;

    @Option(names = "--duration", defaultValue = "100s", converter = DurationConverter.class, description = "(default ${DEFAULT-VALUE})")
    Duration duration;

    @Option(names = "--fleet", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "members in a fleet; --no-fleet: each alone, the baseline (default ${DEFAULT-VALUE})")
    boolean fleet;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        String bad = check(db, instances, demand, budget, initial, duration);
        if (bad != null) {
            spec.commandLine().getErr().println(bad);
            return GuardianCommand.EXIT_BAD_INPUT;
        }
        FleetBench.run(new FleetBench.Options(db, user, System.getenv(FleetCommand.PASSWORD_ENV), instances, demand, budget,
                initial, duration, fleet), line -> {
                    out.println(line);
                    out.flush();
                });
        return 0;
    }

    static String check(String db, int instances, int demand, int budget, int initial, Duration duration) {
        if (db == null || !db.startsWith("jdbc:postgresql:")) {
            return "--db must be a jdbc:postgresql: URL";
        }
        if (instances < 2 || instances > 32 || demand < 1 || demand > 500 || initial < 1 || initial > 200 || budget < 0) {
            return "--instances must be 2..32, --demand 1..500, --initial 1..200, --budget >= 0";
        }
        if (duration.compareTo(Duration.ofSeconds(10)) < 0 || duration.compareTo(Duration.ofHours(2)) > 0) {
            return "--duration must be between 10s and 2h";
        }
        return null;
    }

    /** A member, started by the bench in its own JVM (not for direct use). */
    @Command(name = "fleet-member", hidden = true)
    public static final class Member implements Callable<Integer> {

        @Option(names = "--id", required = true)
        String id;
        @Option(names = "--db", required = true)
        String db;
        @Option(names = "--user", required = true)
        String user;
        @Option(names = "--store", required = true)
        String store;
        @Option(names = "--demand", required = true)
        int demand;
        @Option(names = "--budget", defaultValue = "0")
        int budget;
        @Option(names = "--initial", defaultValue = "10")
        int initial;
        @Option(names = "--duration", required = true, converter = DurationConverter.class)
        Duration duration;
        @Option(names = "--fleet", negatable = true, defaultValue = "true", fallbackValue = "true")
        boolean fleet;

        @Override
        public Integer call() throws Exception {
            String bad = check(db, 2, demand, budget, initial, duration);
            if (bad != null) {
                System.err.println(bad);
                return GuardianCommand.EXIT_BAD_INPUT;
            }
            FleetMember.run(new FleetMember.Options(db, user, System.getenv(FleetCommand.PASSWORD_ENV), store, id, demand, budget,
                    initial, duration, fleet), System.out);
            return 0;
        }
    }
}
