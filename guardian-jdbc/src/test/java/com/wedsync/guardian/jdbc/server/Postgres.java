package com.wedsync.guardian.jdbc.server;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.UUID;

/** The shared test PostgreSQL (docs/runtime-conventions.md: 127.0.0.1:5432, postgres, trust, database test). */
final class Postgres {

    static final String HOST = "127.0.0.1";
    static final int PORT = 5432;
    static final String URL = "jdbc:postgresql://" + HOST + ":" + PORT + "/test";
    static final String ADMIN = "postgres";

    private Postgres() {
    }

    static Connection connect(String applicationName) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", ADMIN);
        p.setProperty("ApplicationName", applicationName);
        return DriverManager.getConnection(URL, p);
    }

    static void execute(String sql) throws SQLException {
        try (Connection c = connect("guardian-test-admin"); Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    static int intSetting(String name) throws SQLException {
        try (Connection c = connect("guardian-test-admin"); Statement st = c.createStatement();
             var rs = st.executeQuery("select current_setting('" + name + "')::int")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** A name no other test run uses, safe as an SQL identifier. */
    static String unique(String prefix) {
        return prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }
}
