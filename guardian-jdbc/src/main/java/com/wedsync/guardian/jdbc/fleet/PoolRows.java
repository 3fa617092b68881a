package com.wedsync.guardian.jdbc.fleet;

import com.wedsync.guardian.fleet.PoolReport;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The caller's own pool rows, and the duty holder's release of departed ones: each change to the sums goes through here. */
final class PoolRows {

    /**
     * One of the caller's rows as stored.
     *
     * @param counted whether its figures are in the budget row's sums
     * @param figures what it adds to the sums while counted
     */
    record Row(boolean counted, Budget.Sums figures, long token) {
    }

    private PoolRows() {
    }

    /** Each of the instance's pools and the database its row is on. */
    static Map<String, String> databases(Connection c, String instance) throws SQLException {
        Map<String, String> out = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT pool, database FROM fleet_pool WHERE instance_id = ?")) {
            s.setString(1, instance);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        return out;
    }

    /** The instance's rows on the database, read under its budget row's lock (so {@code counted} is current). */
    static Map<String, Row> own(Connection c, String instance, String db) throws SQLException {
        Map<String, Row> out = new LinkedHashMap<>();
        try (PreparedStatement s = c.prepareStatement("""
                SELECT pool, counted, reservation, open_connections, wanted, weight, grant_token
                FROM fleet_pool WHERE instance_id = ? AND database = ?""")) {
            s.setString(1, instance);
            s.setString(2, db);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), new Row(rs.getBoolean(2),
                            new Budget.Sums(rs.getInt(3), rs.getInt(4), Math.max(0, rs.getInt(5)), rs.getDouble(6), 1),
                            rs.getLong(7)));
                }
            }
        }
        return out;
    }

    /** Writes the pool's figures and its grant, counted from now on. */
    static void write(Connection c, String instance, PoolReport p, int reservation, int share, long token) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                INSERT INTO fleet_pool (instance_id, pool, database, max_size, min_idle, open_connections, used_connections,
                                        wanted, priority, criticality, weight, reservation, share, grant_token, holding,
                                        counted, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, TRUE, clock_timestamp())
                ON CONFLICT (instance_id, pool) DO UPDATE SET database = EXCLUDED.database, max_size = EXCLUDED.max_size,
                    min_idle = EXCLUDED.min_idle, open_connections = EXCLUDED.open_connections,
                    used_connections = EXCLUDED.used_connections, wanted = EXCLUDED.wanted, priority = EXCLUDED.priority,
                    criticality = EXCLUDED.criticality, weight = EXCLUDED.weight, reservation = EXCLUDED.reservation,
                    share = EXCLUDED.share, grant_token = EXCLUDED.grant_token, holding = EXCLUDED.holding, counted = TRUE,
                    updated_at = EXCLUDED.updated_at""")) {
            int i = 1;
            s.setString(i++, instance);
            s.setString(i++, p.pool());
            s.setString(i++, p.database());
            s.setInt(i++, p.max());
            s.setInt(i++, p.minIdle());
            s.setInt(i++, p.open());
            s.setInt(i++, p.used());
            s.setInt(i++, p.wanted());
            s.setInt(i++, p.priority());
            s.setInt(i++, p.criticality());
            s.setDouble(i++, p.weight());
            s.setInt(i++, reservation);
            s.setInt(i++, share);
            s.setLong(i++, token);
            s.setInt(i, p.holding());
            s.executeUpdate();
        }
    }

    /** Deletes the instance's rows on the database that it no longer reports (their figures were taken out already). */
    static void forget(Connection c, String instance, String db, List<String> pools) throws SQLException {
        if (pools.isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement(
                "DELETE FROM fleet_pool WHERE instance_id = ? AND database = ? AND pool = ANY (?)")) {
            s.setString(1, instance);
            s.setString(2, db);
            s.setArray(3, c.createArrayOf("varchar", pools.toArray()));
            s.executeUpdate();
        }
    }

    /**
     * Takes the pools of instances whose lease ran out out of the database's sums, once: their reservations return to
     * the fleet, and their still-open connections count as outside clients from now on. Under the budget row's lock.
     */
    static Budget.Sums releaseDeparted(Connection c, String db) throws SQLException {
        Budget.Sums out = new Budget.Sums(0, 0, 0, 0, 0);
        try (PreparedStatement s = c.prepareStatement("""
                UPDATE fleet_pool SET counted = FALSE
                WHERE database = ? AND counted
                  AND instance_id IN (SELECT instance_id FROM fleet_instance WHERE lease_until <= clock_timestamp())
                RETURNING reservation, open_connections, wanted, weight""")) {
            s.setString(1, db);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out = out.plus(new Budget.Sums(rs.getInt(1), rs.getInt(2), Math.max(0, rs.getInt(3)), rs.getDouble(4), 1));
                }
            }
        }
        return out;
    }
}
