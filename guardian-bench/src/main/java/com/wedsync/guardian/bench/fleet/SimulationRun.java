package com.wedsync.guardian.bench.fleet;

import com.wedsync.guardian.app.fleet.ScratchSchema;
import com.wedsync.guardian.jdbc.store.GuardianStore;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** The steps of a fleet simulation, each in a fresh schema, with a store pool of one connection per thread. */
public final class SimulationRun {

    private SimulationRun() {
    }

    public static List<FleetSimulation.Step> steps(String url, String user, String password, int[] instances, int pools,
                                                   int databases, Duration step, int threads, Consumer<String> print)
            throws SQLException, InterruptedException {
        List<FleetSimulation.Step> out = new ArrayList<>();
        for (int n : instances) {
            try (ScratchSchema schema = ScratchSchema.create("fleet_sim", url, user, password)) {
                schema.open(Duration.ofSeconds(5)).close(); // migrates
                HikariConfig c = new HikariConfig();
                c.setJdbcUrl(schema.storeUrl());
                c.setUsername(user);
                c.setPassword(password);
                c.setMaximumPoolSize(threads);
                c.setPoolName("fleet-sim");
                try (HikariDataSource ds = new HikariDataSource(c)) {
                    FleetSimulation.Step s = FleetSimulation.run(ds, n, pools, databases, Duration.ofSeconds(1), step, threads);
                    out.add(s);
                    print.accept(s.line());
                }
            }
        }
        return out;
    }
}
