package com.wedsync.guardian.jdbc.audit;

import com.wedsync.guardian.jdbc.store.GuardianStore;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/** Opens a fresh, migrated store on H2 (in memory) or on the shared PostgreSQL (a schema of its own, dropped on close). */
public final class ScalingStores {

    public static final String PG = "jdbc:postgresql://127.0.0.1:5432/test";

    private ScalingStores() {
    }

    /** A store and what must be dropped when it closes. */
    public record Opened(GuardianStore store, String schema) implements AutoCloseable {
        @Override
        public void close() throws SQLException {
            store.close();
            if (schema != null) {
                try (Connection c = DriverManager.getConnection(PG, "postgres", null); Statement s = c.createStatement()) {
                    s.execute("DROP SCHEMA " + schema + " CASCADE");
                }
            }
        }
    }

    public static Opened h2() {
        String url = "jdbc:h2:mem:scaling_" + UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1";
        return new Opened(GuardianStore.open(url, "sa", ""), null);
    }

    public static Opened postgres() throws SQLException {
        String schema = "scaling_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(PG, "postgres", null); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        return new Opened(GuardianStore.open(PG + "?currentSchema=" + schema, "postgres", null), schema);
    }
}
