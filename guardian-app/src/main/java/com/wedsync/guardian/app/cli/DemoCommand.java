package com.wedsync.guardian.app.cli;

import com.wedsync.guardian.app.config.ConfigLoader;
import com.wedsync.guardian.app.config.ConfigProblems;
import com.wedsync.guardian.app.config.GuardianConfig;
import com.wedsync.guardian.app.demo.CompressedDay;
import com.wedsync.guardian.app.demo.Demo;
import com.wedsync.guardian.app.demo.FleetDemo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;

/** {@code guardian demo}: everything in one JVM, no setup. */
@Command(name = "demo", description = {
        "Run the guardian on its embedded default: an in-memory H2 database, a HikariCP pool over it,",
        "a workload shaped like a wedding Saturday (a compressed clock: the day passes in about a minute),",
        "and the guardian watching it, with a live console view and the HTTP API."})
public final class DemoCommand implements Callable<Integer> {

    @Option(names = "--port", defaultValue = "8080", description = "HTTP port on 127.0.0.1 (default ${DEFAULT-VALUE}; 0 picks a free one)")
    int port;

    @Option(names = "--duration", converter = DurationConverter.class,
            description = "stop cleanly after this long (e.g. 60s); default: run until Ctrl-C")
    Duration duration;

    @Option(names = "--config", paramLabel = "FILE",
            description = "a guardian.yaml whose metrics: (Prometheus, DogStatsD, OTLP) and alerts: sections the demo uses")
    Path config;

    @Option(names = "--plain", description = "print each view below the last instead of redrawing the screen")
    boolean plain;

    @Option(names = "--speed", defaultValue = "1", paramLabel = "X",
            description = "how fast the compressed day runs: 2 is twice as fast, 0.5 half as fast (default ${DEFAULT-VALUE})")
    double speed;

    @Option(names = "--no-operator", negatable = false,
            description = "without the scripted operator (its chaos drill under the rush, its override after it)")
    boolean noOperator;

    @Option(names = "--instances", defaultValue = "1", paramLabel = "N",
            description = "run N instances of the demo service as a fleet (2..8) and show how they divide the database")
    int instances;

    @Option(names = "--fleet-store", defaultValue = "jdbc:postgresql://127.0.0.1:5432/postgres", paramLabel = "URL",
            description = "with --instances: the PostgreSQL the fleet's store lives in, in a schema of its own (default ${DEFAULT-VALUE};"
                    + " password: $" + FleetCommand.PASSWORD_ENV + ")")
    String fleetStore;

    @Option(names = "--fleet-user", defaultValue = "postgres", description = "with --instances: the fleet store's user (default ${DEFAULT-VALUE})")
    String fleetUser;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    private int fleet() throws Exception {
        if (instances < 2 || instances > 8) {
            spec.commandLine().getErr().println("--instances must be between 2 and 8, but was " + instances);
            return GuardianCommand.EXIT_BAD_INPUT;
        }
        if (!fleetStore.startsWith("jdbc:postgresql:")) {
            spec.commandLine().getErr().println("--fleet-store must be a jdbc:postgresql: URL (the fleet's leases are on its clock)");
            return GuardianCommand.EXIT_BAD_INPUT;
        }
        try {
            return FleetDemo.run(new FleetDemo.Options(instances, fleetStore, fleetUser, System.getenv(FleetCommand.PASSWORD_ENV),
                    duration), System.out);
        } catch (java.sql.SQLException | com.wedsync.guardian.jdbc.fleet.FleetStoreException e) {
            spec.commandLine().getErr().println("guardian demo --instances could not use the fleet store: " + e.getMessage());
            return 1;
        }
    }

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65_535) {
            spec.commandLine().getErr().println("--port must be between 0 and 65535, but was " + port);
            return GuardianCommand.EXIT_BAD_INPUT;
        }
        if (duration != null && (duration.isNegative() || duration.isZero())) {
            spec.commandLine().getErr().println("--duration must be positive, but was " + duration);
            return GuardianCommand.EXIT_BAD_INPUT;
        }
        if (!(speed >= CompressedDay.MIN_SPEED && speed <= CompressedDay.MAX_SPEED)) {
            spec.commandLine().getErr().println("--speed must be between " + CompressedDay.MIN_SPEED + " and "
                    + CompressedDay.MAX_SPEED + ", but was " + speed);
            return GuardianCommand.EXIT_BAD_INPUT;
        }
        if (instances != 1) {
            return fleet();
        }
        GuardianConfig checked = null;
        if (config != null) {
            try {
                checked = ConfigLoader.withSystemEnvironment().loadSections(config, "metrics", "alerts");
            } catch (ConfigProblems.InvalidConfigException e) {
                spec.commandLine().getErr().println(e.getMessage());
                return GuardianCommand.EXIT_BAD_INPUT;
            }
        }
        boolean redraw = !plain && System.console() != null;
        try {
            return Demo.run(new Demo.Options(port, duration, redraw, checked, speed, !noOperator,
                    System.getenv(OverrideCommand.TOKEN_ENV), null), System.out, System.err);
        } catch (java.io.UncheckedIOException e) {
            spec.commandLine().getErr().println("guardian demo could not start: " + e.getMessage()
                    + " (is another guardian running? try --port 0)");
            return 1;
        }
    }
}
