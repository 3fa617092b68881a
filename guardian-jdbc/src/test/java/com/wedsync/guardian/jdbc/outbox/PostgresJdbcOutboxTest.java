package com.wedsync.guardian.jdbc.outbox;

import com.wedsync.guardian.jdbc.store.GuardianStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The outbox on the real PostgreSQL 15 at 127.0.0.1:5432, in a database of its own, dropped afterwards. */
class PostgresJdbcOutboxTest extends JdbcOutboxContract {

    private static final String ADMIN_URL = "jdbc:postgresql://127.0.0.1:5432/test";
    private static final String DB = "outbox_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    private static GuardianStore store;
    private static JdbcOutbox outbox;

    @BeforeAll
    static void createDatabase() throws SQLException {
        try (Connection c = DriverManager.getConnection(ADMIN_URL, "postgres", null); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + DB);
        }
        store = GuardianStore.open("jdbc:postgresql://127.0.0.1:5432/" + DB, "postgres", null);
        outbox = new JdbcOutbox(store.dataSource());
    }

    @AfterAll
    static void dropDatabase() throws SQLException {
        store.close();
        try (Connection c = DriverManager.getConnection(ADMIN_URL, "postgres", null); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + DB + " WITH (FORCE)");
        }
    }

    @BeforeEach
    void empty() throws SQLException {
        try (Connection c = store.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("DELETE FROM guardian_outbox");
        }
    }

    @Test
    void theStoresConnectionsAreNamedSoAnOperatorAndTheFleetSeeThemApartInPgStatActivity() throws SQLException {
        try (Connection c = store.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT application_name FROM pg_stat_activity WHERE pid = pg_backend_pid()")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo(GuardianStore.APPLICATION_NAME);
        }
    }

    @Override
    javax.sql.DataSource dataSource() {
        return store.dataSource();
    }

    @Override
    protected JdbcOutbox outbox() {
        return outbox;
    }
}
