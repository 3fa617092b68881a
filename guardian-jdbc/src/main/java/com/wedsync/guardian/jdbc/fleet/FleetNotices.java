package com.wedsync.guardian.jdbc.fleet;

import com.wedsync.guardian.alert.Notification;
import com.wedsync.guardian.jdbc.outbox.NotificationCodec;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * What the fleet has said, in table {@code fleet_notice} (Flyway V7): a row per (database, group key, channel,
 * escalation level, action, conditions) sent and not yet resolved, whoever sent it. An instance sends a trigger or an
 * acknowledgement only when it inserts the row ({@code ON CONFLICT DO NOTHING}; a trigger again once the repeat
 * interval has passed since the row was written), and an all-clear only when it deletes a trigger's row. The primary
 * key decides between racing instances, so a duty holder that takes over mid-condition (or two holders for a moment)
 * do not say again what the fleet said.
 */
public final class FleetNotices {

    /** Where one notice goes: the fleet's group of a database, a channel, an escalation level. */
    public record Target(String database, String groupKey, String channel, int level) {

        public Target {
            Objects.requireNonNull(database, "database");
            Objects.requireNonNull(groupKey, "groupKey");
            Objects.requireNonNull(channel, "channel");
        }
    }

    /** A trigger the fleet said and has not cleared: where, and the notification as it was sent. */
    public record Said(Target target, String conditions, Notification notification) {
    }

    /** The longest conditions text kept (the column); longer sets are cut, so two long sets may share one row. */
    static final int MAX_CONDITIONS = 1_000;
    /** The most outstanding triggers one read returns: a read is bounded like any answer. */
    static final int MAX_OUTSTANDING = 1_000;

    private final DataSource dataSource;

    public FleetNotices(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    /**
     * Claims the trigger {@code said} for {@code conditions} at {@code t}: true when nobody in the fleet said it, or
     * said it longer ago than {@code repeatAfter} (then this instance says it again, as one instance alone would).
     */
    public boolean trigger(Target t, String conditions, String by, Duration repeatAfter, Notification said) {
        return insert(t, "TRIGGER", conditions, by, said, """
                ON CONFLICT (database, group_key, channel, level, action, conditions) DO UPDATE
                    SET sent_by = EXCLUDED.sent_by, sent_at = EXCLUDED.sent_at, notification = EXCLUDED.notification
                    WHERE fleet_notice.sent_at < clock_timestamp() - make_interval(secs => ?)
                RETURNING 1""", repeatAfter.toMillis() / 1000.0);
    }

    /** Claims the acknowledgement of what was triggered at {@code t}: said once per episode. */
    public boolean acknowledge(Target t, String conditions, String by) {
        return insert(t, "ACKNOWLEDGE", conditions, by, null, "ON CONFLICT DO NOTHING RETURNING 1", null);
    }

    /**
     * Claims the all-clear at {@code t}: true when a trigger the fleet said there is still outstanding (and this call
     * took it back), false when nobody said one or another instance already sent the all-clear.
     */
    public boolean resolve(Target t) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("""
                DELETE FROM fleet_notice WHERE database = ? AND group_key = ? AND channel = ? AND level = ?
                RETURNING action""")) {
            bind(s, t);
            boolean triggered = false;
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    triggered |= "TRIGGER".equals(rs.getString(1));
                }
            }
            return triggered;
        } catch (SQLException e) {
            throw new FleetStoreException("cannot claim an all-clear in the fleet store: " + e.getMessage(), e);
        }
    }

    /** The triggers said on {@code databases} and not cleared yet, oldest first. */
    public List<Said> outstanding(Collection<String> databases) {
        List<Said> out = new ArrayList<>();
        if (databases.isEmpty()) {
            return out;
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("""
                SELECT database, group_key, channel, level, conditions, notification FROM fleet_notice
                WHERE database = ANY (?) AND action = 'TRIGGER' AND notification IS NOT NULL
                ORDER BY sent_at LIMIT\s""" + MAX_OUTSTANDING)) {
            s.setArray(1, c.createArrayOf("varchar", databases.toArray()));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Target t = new Target(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4));
                    out.add(new Said(t, rs.getString(5), NotificationCodec.read(rs.getString(6), "fleet notice " + t)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new FleetStoreException("cannot read the fleet's notices: " + e.getMessage(), e);
        }
    }

    private boolean insert(Target t, String action, String conditions, String by, Notification said, String onConflict,
                           Double repeatSeconds) {
        String cut = conditions.length() > MAX_CONDITIONS ? conditions.substring(0, MAX_CONDITIONS) : conditions;
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("""
                INSERT INTO fleet_notice (database, group_key, channel, level, action, conditions, sent_by, sent_at, notification)
                VALUES (?, ?, ?, ?, ?, ?, ?, clock_timestamp(), ?)\s""" + onConflict)) {
            bind(s, t);
            s.setString(5, action);
            s.setString(6, cut);
            s.setString(7, by);
            s.setString(8, said == null ? null : NotificationCodec.write(said));
            if (repeatSeconds != null) {
                s.setDouble(9, repeatSeconds);
            }
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new FleetStoreException("cannot claim a notice in the fleet store: " + e.getMessage(), e);
        }
    }

    private static void bind(PreparedStatement s, Target t) throws SQLException {
        s.setString(1, t.database());
        s.setString(2, t.groupKey());
        s.setString(3, t.channel());
        s.setInt(4, t.level());
    }
}
