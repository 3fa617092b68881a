package com.wedsync.guardian.jdbc.fleet;

import com.wedsync.guardian.fleet.FleetView;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Reads the fleet as the store holds it, in one read-only transaction, so every instance shows the same answer. */
public final class FleetViewQuery {

    /** The most rows of each kind one view shows: a view is bounded like any answer. */
    static final int LIMIT = 5_000;

    private final DataSource dataSource;

    public FleetViewQuery(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public FleetView read() {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            c.setReadOnly(true);
            try (Statement s = c.createStatement()) {
                FleetView v = new FleetView(now(s), members(s), pools(s), databases(s));
                c.commit();
                return v;
            } finally {
                c.rollback();
            }
        } catch (SQLException e) {
            throw new FleetStoreException("cannot read the fleet: " + e.getMessage(), e);
        }
    }

    private static Instant now(Statement s) throws SQLException {
        try (ResultSet rs = s.executeQuery("SELECT clock_timestamp()")) {
            rs.next();
            return rs.getTimestamp(1).toInstant();
        }
    }

    private static List<FleetView.Member> members(Statement s) throws SQLException {
        List<FleetView.Member> out = new ArrayList<>();
        try (ResultSet rs = s.executeQuery("SELECT instance_id, joined_at, heartbeat_at, lease_until, lease_until > clock_timestamp()"
                + " FROM fleet_instance ORDER BY instance_id LIMIT " + LIMIT)) {
            while (rs.next()) {
                out.add(new FleetView.Member(rs.getString(1), at(rs.getTimestamp(2)), at(rs.getTimestamp(3)),
                        at(rs.getTimestamp(4)), rs.getBoolean(5)));
            }
        }
        return out;
    }

    private static List<FleetView.Pool> pools(Statement s) throws SQLException {
        List<FleetView.Pool> out = new ArrayList<>();
        try (ResultSet rs = s.executeQuery("""
                SELECT p.instance_id, p.pool, p.database, p.max_size, p.open_connections, p.used_connections, p.wanted,
                       p.priority, p.criticality, p.weight, p.reservation, p.share, p.grant_token,
                       i.lease_until > clock_timestamp()
                FROM fleet_pool p JOIN fleet_instance i ON i.instance_id = p.instance_id
                ORDER BY p.database, p.pool, p.instance_id LIMIT\s""" + LIMIT)) {
            while (rs.next()) {
                out.add(new FleetView.Pool(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getInt(5),
                        rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getInt(9), rs.getDouble(10), rs.getInt(11),
                        rs.getInt(12), rs.getLong(13), rs.getBoolean(14)));
            }
        }
        return out;
    }

    private static List<FleetView.Database> databases(Statement s) throws SQLException {
        List<FleetView.Database> out = new ArrayList<>();
        try (ResultSet rs = s.executeQuery("""
                SELECT database, max_connections, reserved, margin, server_connections, fleet_open, usable, wanted,
                       reserved_sum, grant_seq, divided_at, divided_by, coalesce(outside_departed, 0), coalesce(outside_peak, 0),
                       coalesce(outside_hold_ms, 0)
                FROM fleet_budget ORDER BY database LIMIT\s""" + LIMIT)) {
            while (rs.next()) {
                out.add(new FleetView.Database(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5),
                        rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getInt(9), rs.getLong(10), at(rs.getTimestamp(11)),
                        rs.getString(12) == null ? "" : rs.getString(12), rs.getInt(13), rs.getInt(14), Duration.ofMillis(rs.getLong(15))));
            }
        }
        return out;
    }

    private static Instant at(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
