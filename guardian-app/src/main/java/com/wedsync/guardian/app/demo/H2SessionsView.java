package com.wedsync.guardian.app.demo;

import com.wedsync.guardian.app.runtime.ServerViewSource;
import com.wedsync.guardian.server.ServerView;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Map;

/**
 * The demo database's own view of its connections: H2's sessions, read on a connection of its own, against a
 * declared budget (H2 has no max_connections), so the scaling engine's headroom check has real figures.
 */
final class H2SessionsView implements ServerViewSource {

    /** The demo's stand-in for max_connections: room for the pool's 40-connection ceiling and a little more. */
    static final int MAX_CONNECTIONS = 50;

    private final String name;
    private final String url;
    private Connection connection;

    H2SessionsView(String name, String url) {
        this.name = name;
        this.url = url;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public synchronized ServerView read(Instant now) {
        try {
            if (connection == null || connection.isClosed()) {
                connection = DriverManager.getConnection(url, "sa", "");
            }
            try (Statement s = connection.createStatement();
                 ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS")) {
                rs.next();
                return new ServerView(name, now, true, "", MAX_CONNECTIONS, 0, Map.of("active", rs.getInt(1)),
                        Map.of("wedsync-demo", rs.getInt(1)));
            }
        } catch (SQLException e) {
            return ServerView.unavailable(name, now, e.getMessage());
        }
    }

    @Override
    public synchronized void close() {
        try {
            if (connection != null) {
                connection.close();
            }
        } catch (SQLException e) {
            // closing at shutdown: nothing left to do with it
        }
    }
}
