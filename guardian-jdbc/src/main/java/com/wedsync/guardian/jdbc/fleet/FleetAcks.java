package com.wedsync.guardian.jdbc.fleet;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Acknowledgements left in {@code fleet_ack} for the duty holder by instances of an earlier version (this one keeps an
 * acknowledgement against the fleet's key instead: {@link FleetNotices#acknowledged}): still applied by the instance
 * holding a duty, so none is lost during a rolling upgrade; one not applied within an hour (an alert no instance
 * knows) is dropped.
 */
public final class FleetAcks {

    static final int MAX_PENDING = 100;

    private final DataSource dataSource;

    public FleetAcks(DataSource dataSource) {
        this.dataSource = dataSource;
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
