package com.wedsync.guardian.jdbc.server;

import com.wedsync.guardian.server.ServerView;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** Reads PostgreSQL's connection limits and {@code pg_stat_activity} into a {@link ServerView}. */
final class ActivityQuery {

    /** The {@code byApplication} key for connections that set no {@code application_name}. */
    static final String UNNAMED_APPLICATION = "unnamed";

    // reserved_connections exists from PostgreSQL 16 on; current_setting(name, true) gives null before.
    private static final String LIMITS = "select current_setting('max_connections')::int,"
            + " current_setting('superuser_reserved_connections')::int"
            + " + coalesce(current_setting('reserved_connections', true), '0')::int";

    // Client backends only. Rows of other roles are hidden from a role without pg_read_all_stats:
    // state and backend_type read null, datid and application_name stay; such a row with a database
    // is counted as a client in an unknown state (it may rarely be an autovacuum worker).
    private static final String ACTIVITY = "select coalesce(state, '" + ServerView.UNKNOWN_STATE + "'),"
            + " coalesce(application_name, ''), count(*) from pg_stat_activity"
            + " where backend_type = 'client backend' or (backend_type is null and datid is not null)"
            + " group by 1, 2";

    private ActivityQuery() {
    }

    static ServerView read(Connection connection, String database, Instant at, int timeoutSeconds) throws SQLException {
        int max;
        int reserved;
        Map<String, Integer> byState = new HashMap<>();
        Map<String, Integer> byApplication = new HashMap<>();
        try (Statement st = connection.createStatement()) {
            st.setQueryTimeout(timeoutSeconds);
            try (ResultSet rs = st.executeQuery(LIMITS)) {
                rs.next();
                max = rs.getInt(1);
                reserved = rs.getInt(2);
            }
            try (ResultSet rs = st.executeQuery(ACTIVITY)) {
                while (rs.next()) {
                    int count = rs.getInt(3);
                    String app = rs.getString(2);
                    byState.merge(rs.getString(1), count, Integer::sum);
                    byApplication.merge(app.isEmpty() ? UNNAMED_APPLICATION : app, count, Integer::sum);
                }
            }
        }
        return new ServerView(database, at, true, "", max, reserved, byState, byApplication);
    }
}
