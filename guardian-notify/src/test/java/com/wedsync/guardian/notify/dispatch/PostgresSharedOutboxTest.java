package com.wedsync.guardian.notify.dispatch;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/** Issue "two instances send the same row": on the real PostgreSQL 15, in a database of its own, dropped afterwards. */
class PostgresSharedOutboxTest extends SharedOutboxContract {

    private static final String ADMIN_URL = "jdbc:postgresql://127.0.0.1:5432/test";
    private static final String DB = "shared_outbox_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    @BeforeAll
    static void createDatabase() throws SQLException {
        admin("CREATE DATABASE " + DB);
    }

    @AfterAll
    static void dropDatabase() throws SQLException {
        admin("DROP DATABASE IF EXISTS " + DB + " WITH (FORCE)");
    }

    private static void admin(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(ADMIN_URL, "postgres", null); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    @Override
    String storeUrl() {
        return "jdbc:postgresql://127.0.0.1:5432/" + DB;
    }

    @Override
    String user() {
        return "postgres";
    }
}
