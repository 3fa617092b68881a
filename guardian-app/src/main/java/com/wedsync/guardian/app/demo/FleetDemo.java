package com.wedsync.guardian.app.demo;

import com.wedsync.guardian.app.fleet.Fleet;
import com.wedsync.guardian.app.fleet.FleetReport;
import com.wedsync.guardian.app.fleet.FleetTrouble;
import com.wedsync.guardian.app.fleet.ScratchSchema;
import com.wedsync.guardian.app.runtime.Guardian;
import com.wedsync.guardian.jdbc.ledger.JdbcForecastLedger;
import com.wedsync.guardian.jdbc.store.GuardianStore;
import com.wedsync.guardian.scaling.AuditLog;
import com.wedsync.guardian.scaling.ScalingMode;
import com.wedsync.guardian.scaling.ScalingPolicy;
import com.wedsync.guardian.scaling.VerificationPolicy;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * {@code guardian demo --instances N}: N instances of the demo service in one JVM, each its own HikariCP pool and
 * its own guardian, all on one demo database (H2, declared max_connections 50) and one fleet store on PostgreSQL
 * (a schema of its own, dropped at the end). Every pool wants more than its share; the console shows the division.
 * The first instance's pool has priority 2, so the weights show too.
 */
public final class FleetDemo {

    /** Fleet store, instances and how long; the store's password comes from the environment. */
    public record Options(int instances, String store, String user, String password, Duration duration) {
    }

    private static final String DB = "jdbc:h2:mem:wedsync-fleet-demo;DB_CLOSE_DELAY=-1";
    private static final int DEMAND = 30;

    private FleetDemo() {
    }

    public static int run(Options o, PrintStream out) throws Exception {
        ScalingPolicy policy = ScalingPolicy.builder().mode(ScalingMode.ENFORCE).floor(2).ceiling(40).maxStep(4)
                .saturationCeiling(40).scaleDownWindow(Duration.ZERO).cooldown(Duration.ofSeconds(2))
                .verification(VerificationPolicy.defaults().withWarmUp(Duration.ofSeconds(1)).withSamples(2)).build();
        List<AutoCloseable> closing = new ArrayList<>();
        ExecutorService demand = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "fleet-demo-demand");
            t.setDaemon(true);
            return t;
        });
        try (ScratchSchema schema = ScratchSchema.create("fleet_demo", o.store(), o.user(), o.password())) {
            GuardianStore store = schema.open(Duration.ofSeconds(1));
            closing.add(store);
            Fleet view = null;
            for (int i = 1; i <= o.instances(); i++) {
                HikariDataSource pool = pool("demo-" + i);
                closing.add(pool);
                for (int t = 0; t < DEMAND; t++) {
                    demand.submit(() -> work(pool));
                }
                Fleet fleet = new Fleet("demo-" + i, Duration.ofSeconds(5), store.dataSource(), FleetTrouble.LOG);
                view = view == null ? fleet : view;
                Guardian g = Guardian.builder().tick(Duration.ofSeconds(1))
                        .pool("orders", pool, "main")
                        .database(new H2SessionsView("main", DB))
                        .scaling(policy, Map.of("orders", policy.toBuilder().priority(i == 1 ? 2 : 1).build()),
                                AuditLog.inMemory(), new JdbcForecastLedger(store.dataSource()))
                        .fleet(fleet)
                        .start();
                closing.add(g);
            }
            Instant end = o.duration() == null ? Instant.MAX : Instant.now().plus(o.duration());
            while (Instant.now().isBefore(end) && !Thread.currentThread().isInterrupted()) {
                Thread.sleep(2_000);
                try {
                    out.println(FleetReport.of(view.view()).render());
                } catch (RuntimeException e) {
                    out.println("fleet view unavailable: " + e.getMessage());
                }
            }
        } finally {
            demand.shutdownNow();
            for (int i = closing.size() - 1; i >= 0; i--) {
                closing.get(i).close();
            }
        }
        return 0;
    }

    private static HikariDataSource pool(String name) {
        HikariConfig c = new HikariConfig();
        c.setJdbcUrl(DB);
        c.setUsername("sa");
        c.setPoolName(name);
        c.setMaximumPoolSize(6);
        c.setMinimumIdle(2);
        c.setConnectionTimeout(1_000);
        return new HikariDataSource(c);
    }

    /** A request: a connection held for the time a timeline query takes. */
    private static void work(HikariDataSource pool) {
        while (!Thread.currentThread().isInterrupted()) {
            try (Connection c = pool.getConnection()) {
                c.isValid(1);
                Thread.sleep(50);
            } catch (SQLException | RuntimeException e) {
                // a timeout: the pool is short of connections, which is what the fleet divides
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
