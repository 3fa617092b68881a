package com.wedsync.guardian.spring.scenarios;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** The machine's PostgreSQL; each test class works in a schema of its own, made afresh. */
public final class Postgres {

    public static final String URL = "jdbc:postgresql://127.0.0.1:5432/test";

    private Postgres() {
    }

    /** Drops and makes {@code schema}; returns a JDBC URL whose connections work in it. */
    public static String freshSchema(String schema) {
        try (Connection c = DriverManager.getConnection(URL, "postgres", null); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            s.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + URL + " (user postgres): " + e.getMessage(), e);
        }
        return URL + "?currentSchema=" + schema + "&ApplicationName=" + schema;
    }

    /** The tables of {@code schema}. */
    public static java.util.List<String> tables(String schema) {
        try (Connection c = DriverManager.getConnection(URL, "postgres", null);
             var rs = c.getMetaData().getTables(null, schema, "%", new String[] {"TABLE"})) {
            java.util.List<String> out = new java.util.ArrayList<>();
            while (rs.next()) {
                out.add(rs.getString("TABLE_NAME"));
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** The actors of the audit log in {@code schema}, oldest first. */
    public static java.util.List<String> auditActors(String schema) {
        try (Connection c = DriverManager.getConnection(URL + "?currentSchema=" + schema, "postgres", null);
             var rs = c.createStatement().executeQuery("SELECT actor FROM scaling_audit ORDER BY id")) {
            java.util.List<String> out = new java.util.ArrayList<>();
            while (rs.next()) {
                out.add(rs.getString(1));
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
