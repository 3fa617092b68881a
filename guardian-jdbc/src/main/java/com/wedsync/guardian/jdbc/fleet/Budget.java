package com.wedsync.guardian.jdbc.fleet;

import com.wedsync.guardian.fleet.FleetBudget;
import com.wedsync.guardian.fleet.WaterLevel;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;

/**
 * One database's budget row: the lock every grant on it is made under, the running sums over the pools counted in it,
 * the division's water level, the figures of the last heartbeat's arithmetic, and the peak of outside clients.
 *
 * @param outsidePeak the most outside clients seen within the caller's hold (0 when that ran out or none was seen)
 * @param released    connections the pools closed within the last lease: the server may still show them
 * @param granted     reservations raised within the last lease: the pools may have opened them before reporting
 */
record Budget(long grantSeq, Sums sums, WaterLevel level, int outsidePeak, int released, int granted) {

    /**
     * What the counted pools add up to: reservations, open connections, wanted, weight, and how many they are.
     * A heartbeat takes its pools' old figures out and puts the new ones in; a release takes a departed pool's out.
     */
    record Sums(int reserved, int open, int wanted, double weight, int pools) {

        Sums plus(Sums o) {
            return new Sums(reserved + o.reserved, open + o.open, wanted + o.wanted, weight + o.weight, pools + o.pools);
        }

        Sums minus(Sums o) {
            return new Sums(reserved - o.reserved, open - o.open, wanted - o.wanted, weight - o.weight, pools - o.pools);
        }
    }

    /**
     * What the caller learns before taking the lock, in one statement: whether it will divide (it holds the duty, or
     * nobody divided yet), and what the pools of instances whose lease ran out within {@code hold} last reported open on
     * the database once a duty holder took them out of the sums ({@code departedOpen}: connections that may still be
     * open until the server notices, counted while they are).
     */
    record Peek(boolean divides, int departedOpen) {
    }

    /**
     * The peak of outside clients to keep: {@code seenNow} when a heartbeat that read the server saw it now (it then runs
     * for another hold from now); else it keeps its time (a joining pool may only have lowered it). {@code released}:
     * the connections this heartbeat's pools closed since their last, {@code granted}: the reservations it raised, each
     * counted as the fleet's for {@code window} from now.
     */
    record Peak(int outside, boolean seenNow, int released, int granted, Duration window) {
    }

    static Peek peek(Connection c, String db, String instance, Duration hold) throws SQLException {
        // The departed: from the few instances whose lease ran out (the lease index; now() is the transaction's start on
        // the store's clock, stable, so the index can use it) to their pools by key: the live fleet's rows are not read.
        try (PreparedStatement s = c.prepareStatement("""
                SELECT (SELECT (duty_instance = ? AND duty_until > clock_timestamp()) OR level IS NULL OR duty_until IS NULL
                               OR duty_until < clock_timestamp()
                        FROM fleet_budget WHERE database = ?),
                       (SELECT coalesce(sum(p.open_connections), 0)
                        FROM (SELECT instance_id FROM fleet_instance
                              WHERE lease_until < now() AND lease_until > now() - make_interval(secs => ?)) d
                        CROSS JOIN LATERAL (SELECT open_connections FROM fleet_pool
                                            WHERE instance_id = d.instance_id AND database = ? AND NOT counted OFFSET 0) p)""")) {
            s.setString(1, instance);
            s.setString(2, db);
            s.setDouble(3, hold.toMillis() / 1000.0);
            s.setString(4, db);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                boolean divides = rs.getBoolean(1);
                return new Peek(rs.wasNull() || divides, rs.getInt(2));
            }
        }
    }

    /**
     * Creates the row when the database is new, then locks it: every grant on the database waits here for the one before.
     * The peak of outside clients counts when it was seen within {@code hold} by the store's clock.
     */
    static Budget lock(Connection c, String db, Duration hold) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO fleet_budget (database) VALUES (?) ON CONFLICT DO NOTHING")) {
            s.setString(1, db);
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("""
                SELECT grant_seq, reserved_sum, open_sum, wanted, weight_sum, pool_count, level, level_cut, level_cut_key,
                       CASE WHEN outside_peak_at > clock_timestamp() - make_interval(secs => ?) THEN outside_peak ELSE 0 END,
                       CASE WHEN released_until > clock_timestamp() THEN released_recent ELSE 0 END,
                       CASE WHEN granted_until > clock_timestamp() THEN granted_recent ELSE 0 END
                FROM fleet_budget WHERE database = ? FOR UPDATE""")) {
            s.setDouble(1, hold.toMillis() / 1000.0);
            s.setString(2, db);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                Sums sums = new Sums(rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getDouble(5), rs.getInt(6));
                double level = rs.getDouble(7);
                WaterLevel w = rs.wasNull() ? null : new WaterLevel(level, rs.getDouble(8), rs.getString(9) == null ? "" : rs.getString(9));
                return new Budget(rs.getLong(1), sums, w, rs.getInt(10), rs.getInt(11), rs.getInt(12));
            }
        }
    }

    /**
     * Writes the sums, the grant number, the peak of outside clients and the pools' recent changes back; the arithmetic
     * when the caller could read the server ({@code budget} not null); the water level when the caller divided
     * ({@code level} not null).
     */
    static void write(Connection c, String db, long seq, Sums sums, FleetBudget budget, Peak peak, WaterLevel level,
                      String by) throws SQLException {
        String figures = budget == null ? ""
                : ", max_connections = ?, reserved = ?, margin = ?, server_connections = ?, fleet_open = ?, usable = ?,"
                + " outside_departed = ?, outside_hold_ms = ?";
        String division = level == null ? ""
                : ", level = ?, level_cut = ?, level_cut_key = ?, divided_at = clock_timestamp(), divided_by = ?";
        try (PreparedStatement s = c.prepareStatement("UPDATE fleet_budget SET grant_seq = ?, reserved_sum = ?, open_sum = ?,"
                + " wanted = ?, weight_sum = ?, pool_count = ?, outside_peak = ?,"
                + " outside_peak_at = CASE WHEN ? THEN clock_timestamp() ELSE outside_peak_at END,"
                + " released_recent = CASE WHEN released_until > clock_timestamp() THEN released_recent ELSE 0 END + ?,"
                + " released_until = CASE WHEN ? THEN clock_timestamp() + make_interval(secs => ?) ELSE released_until END,"
                + " granted_recent = CASE WHEN granted_until > clock_timestamp() THEN granted_recent ELSE 0 END + ?,"
                + " granted_until = CASE WHEN ? THEN clock_timestamp() + make_interval(secs => ?) ELSE granted_until END"
                + figures + division
                + " WHERE database = ?")) {
            int i = 1;
            s.setLong(i++, seq);
            s.setInt(i++, sums.reserved());
            s.setInt(i++, sums.open());
            s.setInt(i++, sums.wanted());
            s.setDouble(i++, sums.weight());
            s.setInt(i++, sums.pools());
            s.setInt(i++, peak.outside());
            s.setBoolean(i++, peak.seenNow());
            s.setInt(i++, peak.released());
            s.setBoolean(i++, peak.released() > 0);
            s.setDouble(i++, peak.window().toMillis() / 1000.0);
            s.setInt(i++, peak.granted());
            s.setBoolean(i++, peak.granted() > 0);
            s.setDouble(i++, peak.window().toMillis() / 1000.0);
            if (budget != null) {
                s.setInt(i++, budget.maxConnections());
                s.setInt(i++, budget.reserved());
                s.setInt(i++, budget.margin());
                s.setInt(i++, budget.serverConnections());
                s.setInt(i++, budget.fleetOpen());
                s.setInt(i++, budget.usable());
                s.setInt(i++, budget.departedOpen());
                s.setLong(i++, budget.hold().toMillis());
            }
            if (level != null) {
                s.setDouble(i++, level.level());
                s.setDouble(i++, level.cutRemainder());
                s.setString(i++, level.cutKey());
                s.setString(i++, by);
            }
            s.setString(i, db);
            s.executeUpdate();
        }
    }
}
