package com.wedsync.guardian.jdbc.fleet;

import com.wedsync.guardian.fleet.ConditionGroup;
import com.wedsync.guardian.fleet.ConditionReport;
import com.wedsync.guardian.fleet.Heartbeat;
import com.wedsync.guardian.fleet.Holding;
import com.wedsync.guardian.health.HealthStatus;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The fleet's pool conditions: each heartbeat replaces its instance's; the duty holder reads them grouped. */
final class FleetConditions {

    private FleetConditions() {
    }

    static void replace(Connection c, Heartbeat hb) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM fleet_condition WHERE instance_id = ?")) {
            s.setString(1, hb.instance());
            s.executeUpdate();
        }
        if (hb.conditions().isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO fleet_condition (instance_id, pool, condition, status, message) VALUES (?, ?, ?, ?, ?)"
                        + " ON CONFLICT (instance_id, pool, condition) DO NOTHING")) {
            for (ConditionReport r : hb.conditions()) {
                s.setString(1, hb.instance());
                s.setString(2, r.pool());
                s.setString(3, r.condition());
                s.setString(4, r.status().name());
                s.setString(5, r.message());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    /** Each (pool name, condition) on the database among live instances, out of the live instances with that pool. */
    static List<ConditionGroup> groups(Connection c, String db, List<Holding> live) throws SQLException {
        Map<String, Integer> instancesPerPool = new HashMap<>();
        live.forEach(h -> instancesPerPool.merge(h.pool(), 1, Integer::sum));
        Map<String, List<String[]>> byKey = new LinkedHashMap<>();
        try (PreparedStatement s = c.prepareStatement("""
                SELECT c.pool, c.condition, c.status, c.message, c.instance_id
                FROM fleet_condition c
                JOIN fleet_instance i ON i.instance_id = c.instance_id
                JOIN fleet_pool p ON p.instance_id = c.instance_id AND p.pool = c.pool
                WHERE p.database = ? AND i.lease_until > clock_timestamp()
                ORDER BY c.pool, c.condition, c.instance_id""")) {
            s.setString(1, db);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    byKey.computeIfAbsent(rs.getString(1) + "\u0000" + rs.getString(2), k -> new ArrayList<>())
                            .add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)});
                }
            }
        }
        List<ConditionGroup> out = new ArrayList<>();
        for (List<String[]> rows : byKey.values()) {
            HealthStatus worst = HealthStatus.HEALTHY;
            List<String> instances = new ArrayList<>();
            for (String[] r : rows) {
                worst = worst.worse(HealthStatus.valueOf(r[2]));
                instances.add(r[4]);
            }
            String pool = rows.get(0)[0];
            out.add(new ConditionGroup(pool, rows.get(0)[1], worst, instances, instancesPerPool.getOrDefault(pool, instances.size()),
                    rows.get(0)[3]));
        }
        return out;
    }
}
