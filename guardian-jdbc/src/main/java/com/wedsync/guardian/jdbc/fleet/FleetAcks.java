package com.wedsync.guardian.jdbc.fleet;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Acknowledgements that reached an instance which does not hold the alert: kept in the store until the instance
 * holding the duty applies them; one not applied within an hour (an alert no instance knows) is dropped.
 */
public final class FleetAcks {

    /** The longest alert id kept (the outbox's id column). */
    public static final int MAX_ID = 512;
    static final int MAX_PENDING = 100;

    private final DataSource dataSource;

    public FleetAcks(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Leaves the acknowledgement of {@code alertId} by {@code who} for the duty holder. */
    public void forward(String alertId, String who) {
        if (alertId.length() > MAX_ID) {
            throw new IllegalArgumentException("alert id longer than " + MAX_ID + " characters");
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "INSERT INTO fleet_ack (alert_id, who, at) VALUES (?, ?, clock_timestamp()) ON CONFLICT (alert_id) DO NOTHING")) {
            s.setString(1, alertId);
            s.setString(2, who);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new FleetStoreException("cannot forward the acknowledgement to the fleet: " + e.getMessage(), e);
        }
    }

    /** Removes the acknowledgement once applied. */
    public void applied(String alertId) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("DELETE FROM fleet_ack WHERE alert_id = ?")) {
            s.setString(1, alertId);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new FleetStoreException("cannot mark a fleet acknowledgement applied: " + e.getMessage(), e);
        }
    }

    /** The pending acknowledgements (the oldest first, at most {@value #MAX_PENDING}), after dropping those past an hour. */
    static Map<String, String> pending(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM fleet_ack WHERE at < clock_timestamp() - interval '1 hour'")) {
            s.executeUpdate();
        }
        Map<String, String> out = new LinkedHashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT alert_id, who FROM fleet_ack ORDER BY at LIMIT " + MAX_PENDING);
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getString(2));
            }
        }
        return out;
    }
}
