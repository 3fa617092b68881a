package com.wedsync.guardian.bench.cli;

import com.wedsync.guardian.bench.fleet.FleetSimulation;
import com.wedsync.guardian.bench.fleet.FleetMember;
import com.wedsync.guardian.bench.fleet.SimulationRun;
import com.wedsync.guardian.time.Durations;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;

/** {@code guardian bench fleet-sim}: many simulated instances heartbeating against the real store, in steps. */
@Command(name = "fleet-sim", mixinStandardHelpOptions = true,
        description = "Simulate a fleet in one JVM against a real PostgreSQL store: heartbeats/s, rows/s and heartbeat latency as it grows.")
public final class BenchFleetSimCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--db", required = true, paramLabel = "JDBC_URL", description = "a PostgreSQL JDBC URL (a schema of its own is made and dropped)")
    String db;

    @Option(names = "--user", required = true)
    String user;

    @Option(names = "--instances", defaultValue = "25,50,100,200", split = ",", description = "fleet sizes to step through (default ${DEFAULT-VALUE})")
    int[] instances;

    @Option(names = "--pools", defaultValue = "5", description = "pools per instance (default ${DEFAULT-VALUE})")
    int pools;

    @Option(names = "--databases", defaultValue = "1", description = "databases the pools spread over (default ${DEFAULT-VALUE})")
    int databases;

    @Option(names = "--step", defaultValue = "20s", description = "how long each step runs, 1s..1h (default ${DEFAULT-VALUE})")
    String step;

    @Option(names = "--threads", defaultValue = "32", description = "heartbeating threads, each one store connection (default ${DEFAULT-VALUE})")
    int threads;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!db.startsWith("jdbc:postgresql:")) {
            err.println("--db must be a jdbc:postgresql: URL");
            return BenchScenarioCommand.EXIT_BAD_INPUT;
        }
        if (pools < 1 || pools > 50 || databases < 1 || databases > 50 || threads < 1 || threads > 64
                || java.util.Arrays.stream(instances).anyMatch(i -> i < 1 || i > 2_000)) {
            err.println("--pools and --databases must be 1..50, --threads 1..64, each --instances 1..2000");
            return BenchScenarioCommand.EXIT_BAD_INPUT;
        }
        Duration each;
        try {
            each = Durations.parse(step, Duration.ofSeconds(1), Duration.ofHours(1));
        } catch (IllegalArgumentException e) {
            err.println("--step " + e.getMessage());
            return BenchScenarioCommand.EXIT_BAD_INPUT;
        }
        for (FleetSimulation.Step s : SimulationRun.steps(db, user, System.getenv(FleetMember.PASSWORD_ENV), instances, pools,
                databases, each, threads, line -> {
                    out.println(line);
                    out.flush();
                })) {
            if (s.failures() > 0) {
                err.println("some heartbeats failed in the step of " + s.instances() + " instances");
            }
        }
        return 0;
    }
}
