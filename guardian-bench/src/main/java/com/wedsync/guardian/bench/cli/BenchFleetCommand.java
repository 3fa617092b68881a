package com.wedsync.guardian.bench.cli;

import com.wedsync.guardian.bench.fleet.FleetBench;
import com.wedsync.guardian.bench.fleet.FleetMember;
import com.wedsync.guardian.scaling.ScalingSchema;
import com.wedsync.guardian.time.Durations;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code guardian bench fleet}: K guardians in K JVMs sharing one database and one fleet store; one killed halfway. */
@Command(name = "fleet", mixinStandardHelpOptions = true,
        description = "K instances in K JVMs (pool, load, guardian in enforce mode) wanting more than the database can give; kill -9 of one halfway.")
public final class BenchFleetCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--db", required = true, paramLabel = "JDBC_URL", description = "a PostgreSQL JDBC URL (password: $" + FleetMember.PASSWORD_ENV + ")")
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

    @Option(names = "--duration", defaultValue = "100s", description = "10s..2h (default ${DEFAULT-VALUE})")
    String duration;

    @Option(names = "--fleet", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "members in a fleet; --no-fleet: each alone, the baseline (default ${DEFAULT-VALUE})")
    boolean fleet;

    @Option(names = "--kill", defaultValue = "holder", paramLabel = "holder|last",
            description = "which member is killed halfway: the one holding the database's duty (the handover), or the last started (default ${DEFAULT-VALUE})")
    String kill;

    @Option(names = "--weights", paramLabel = "W1,W2,...",
            description = "one pool priority per member, 1..100, its weight in the fleet's division (scaling.pools.NAME.priority); default all 1")
    String weights;

    @Option(names = "--outside-hold", defaultValue = "5m", paramLabel = "DURATION",
            description = "each member's fleet.outsideHold, 0s..1h (default ${DEFAULT-VALUE})")
    String outsideHold;

    @Option(names = "--burst", defaultValue = "0", paramLabel = "N",
            description = "a client outside the fleet opens N connections (0..20) for 2 s at 25% and again at 70% of the"
                    + " duration, as a job on a schedule does (default ${DEFAULT-VALUE}: none)")
    int burst;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        String bad = check(db, instances, demand, budget, initial, duration);
        if (bad == null && !kill.equals("holder") && !kill.equals("last")) {
            bad = "--kill must be holder or last, but was " + kill;
        }
        List<Integer> priorities = List.of();
        if (bad == null) {
            try {
                priorities = weights(weights, instances);
            } catch (IllegalArgumentException e) {
                bad = e.getMessage();
            }
        }
        if (bad == null) {
            bad = outsideHoldProblem(outsideHold);
        }
        if (bad == null && (burst < 0 || burst > 20)) {
            bad = "--burst must be 0..20 connections, but was " + burst;
        }
        if (bad == null && weights != null && !fleet) {
            bad = "--weights weigh the pools in the fleet's division: leave out --no-fleet, or --weights";
        }
        if (bad != null) {
            spec.commandLine().getErr().println(bad);
            return BenchScenarioCommand.EXIT_BAD_INPUT;
        }
        FleetBench.run(new FleetBench.Options(db, user, System.getenv(FleetMember.PASSWORD_ENV), instances, demand, budget,
                initial, Durations.parse(duration, MIN, MAX), fleet, kill.equals("holder"), priorities, outsideHold(outsideHold), burst), line -> {
                    out.println(line);
                    out.flush();
                });
        return 0;
    }

    /** {@code --outside-hold}: each member's fleet.outsideHold, 0s..1h. */
    static Duration outsideHold(String text) {
        return Durations.parse(text, Duration.ZERO, Duration.ofHours(1));
    }

    /** What is wrong with {@code --outside-hold}, naming it; null when it is good. */
    static String outsideHoldProblem(String text) {
        try {
            outsideHold(text);
            return null;
        } catch (IllegalArgumentException e) {
            return "--outside-hold " + e.getMessage();
        }
    }

    private static final Duration MIN = Duration.ofSeconds(10);
    private static final Duration MAX = Duration.ofHours(2);

    /** The longest --weights read: 32 members of "100,". */
    private static final int WEIGHTS_MAX_CHARS = 200;

    /**
     * The members' pool priorities from {@code --weights}: one integer 1..100 per member, separated by commas; all 1 when
     * the option is not given.
     *
     * @throws IllegalArgumentException naming --weights, when the count is not {@code instances} or a value is not 1..100
     */
    static List<Integer> weights(String text, int instances) {
        if (text == null) {
            return java.util.Collections.nCopies(instances, ScalingSchema.PRIORITY.defaultValue());
        }
        String rule = "--weights must be " + instances + " integers 1..100 separated by commas, one per member (--instances "
                + instances + "), but was ";
        if (text.length() > WEIGHTS_MAX_CHARS) {
            throw new IllegalArgumentException(rule + text.length() + " characters long");
        }
        String[] parts = text.split(",", -1);
        if (parts.length != instances) {
            throw new IllegalArgumentException(rule + parts.length + " value" + (parts.length == 1 ? "" : "s") + ": " + text);
        }
        List<Integer> out = new ArrayList<>();
        for (String part : parts) {
            int w;
            try {
                w = Integer.parseInt(part.strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(rule + text + " ('" + part.strip() + "' is not an integer)");
            }
            if (w < 1 || w > 100) {
                throw new IllegalArgumentException(rule + text + " (" + w + " is outside 1..100)");
            }
            out.add(w);
        }
        return List.copyOf(out);
    }

    static String check(String db, int instances, int demand, int budget, int initial, String duration) {
        if (db == null || !db.startsWith("jdbc:postgresql:")) {
            return "--db must be a jdbc:postgresql: URL";
        }
        if (instances < 2 || instances > 32 || demand < 1 || demand > 500 || initial < 1 || initial > 200 || budget < 0) {
            return "--instances must be 2..32, --demand 1..500, --initial 1..200, --budget >= 0";
        }
        try {
            Durations.parse(duration, MIN, MAX);
        } catch (IllegalArgumentException e) {
            return "--duration " + e.getMessage();
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
        @Option(names = "--duration", required = true)
        String duration;
        @Option(names = "--fleet", negatable = true, defaultValue = "true", fallbackValue = "true")
        boolean fleet;
        @Option(names = "--priority", defaultValue = "1")
        int priority;
        @Option(names = "--outside-hold", defaultValue = "5m")
        String outsideHold;

        @Override
        public Integer call() throws Exception {
            String bad = check(db, 2, demand, budget, initial, duration);
            if (bad == null && (priority < 1 || priority > 100)) {
                bad = "--priority must be 1..100, but was " + priority;
            }
            if (bad == null) {
                bad = outsideHoldProblem(outsideHold);
            }
            if (bad != null) {
                System.err.println(bad);
                return BenchScenarioCommand.EXIT_BAD_INPUT;
            }
            FleetMember.run(new FleetMember.Options(db, user, System.getenv(FleetMember.PASSWORD_ENV), store, id, demand, budget,
                    initial, Durations.parse(duration, MIN, MAX), fleet, priority, outsideHold(outsideHold)), System.out);
            return 0;
        }
    }
}
