package com.wedsync.guardian.jdbc.fleet;

import com.wedsync.guardian.jdbc.store.GuardianStore;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/** A store in a schema of its own on the shared PostgreSQL (fleet_test_RANDOM), dropped on close. */
final class FleetSchema implements AutoCloseable {

    static final String ADMIN_URL = "jdbc:postgresql://127.0.0.1:5432/test";

    final String schema = "fleet_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    final GuardianStore store;

    FleetSchema() throws SQLException {
        execute("CREATE SCHEMA " + schema);
        store = GuardianStore.open(ADMIN_URL + "?currentSchema=" + schema + "&ApplicationName=" + schema, "postgres", null);
    }

    FleetStore fleet() {
        return new FleetStore(store.dataSource());
    }

    /** Runs a statement in the schema (a test ages a lease with it, as the passing of time would). */
    void run(String sql) throws SQLException {
        try (Connection c = store.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    static void execute(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(ADMIN_URL, "postgres", null); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    @Override
    public void close() throws SQLException {
        store.close();
        execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }
}
