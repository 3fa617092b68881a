package com.wedsync.guardian.bench.scenario;

import com.wedsync.guardian.server.ServerView;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** Reads PostgreSQL's own view of its connections (pg_stat_activity, max_connections) on one connection of its own. */
final class ServerReader implements AutoCloseable {

    private final String database;
    private final Connection c;
    private final int maxConnections;
    private final int reserved;

    ServerReader(String database, String url, String user, String password) throws SQLException {
        this.database = database;
        this.c = DriverManager.getConnection(url, user, password);
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT current_setting('max_connections')::int, current_setting('superuser_reserved_connections')::int")) {
            rs.next();
            maxConnections = rs.getInt(1);
            reserved = rs.getInt(2);
        }
    }

    ServerView read(Instant at) {
        Map<String, Integer> byState = new HashMap<>();
        Map<String, Integer> byApp = new HashMap<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT coalesce(state, 'unknown'), coalesce(application_name, ''), count(*) FROM pg_stat_activity"
                     + " WHERE backend_type = 'client backend' GROUP BY 1, 2")) {
            while (rs.next()) {
                byState.merge(rs.getString(1), rs.getInt(3), Integer::sum);
                byApp.merge(rs.getString(2), rs.getInt(3), Integer::sum);
            }
        } catch (SQLException e) {
            return ServerView.unavailable(database, at, "pg_stat_activity: " + e.getSQLState());
        }
        return new ServerView(database, at, true, "", maxConnections, reserved, byState, byApp);
    }

    @Override
    public void close() throws SQLException {
        c.close();
    }
}
