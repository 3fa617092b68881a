package com.wedsync.guardian.jdbc.fleet;

import com.wedsync.guardian.alert.Notification;
import com.wedsync.guardian.alert.NotificationAction;
import com.wedsync.guardian.jdbc.outbox.JdbcOutbox;
import com.wedsync.guardian.jdbc.outbox.NotificationCodec;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
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

    /** One alert of a fleet send: this instance's id of it, and its pool and condition (the same on every instance). */
    public record FleetAlert(String alertId, String pool, String condition) {
    }

    /**
     * What one notification claims: where, which action, the conditions, who says it, after how long a trigger is said
     * again, and the alerts it is about (recorded with a trigger, so an acknowledgement of their ids finds the key).
     */
    public record Claim(Target target, NotificationAction action, String conditions, String by, Duration repeatAfter,
                        List<FleetAlert> alerts) {
        public Claim {
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(action, "action");
            alerts = List.copyOf(alerts);
        }
    }

    /** An acknowledgement kept against the fleet's key of an alert: the holder of the duty applies it to its own. */
    public record Acked(String database, String groupKey, String pool, String condition, String who) {
    }

    /** The longest conditions text kept (the column); longer sets are cut, so two long sets may share one row. */
    static final int MAX_CONDITIONS = 1_000;
    /** The most outstanding triggers one read returns: a read is bounded like any answer. */
    static final int MAX_OUTSTANDING = 1_000;
    /** The longest alert id or dedup key kept (the columns); a longer one is no key the fleet said. */
    public static final int MAX_KEY = 512;

    private final DataSource dataSource;

    public FleetNotices(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    /**
     * Claims the trigger {@code said} for {@code conditions} at {@code t}: true when nobody in the fleet said it, or
     * said it longer ago than {@code repeatAfter} (then this instance says it again, as one instance alone would).
     */
    public boolean trigger(Target t, String conditions, String by, Duration repeatAfter, Notification said) {
        return claim(new Claim(t, NotificationAction.TRIGGER, conditions, by, repeatAfter, List.of()), said, null);
    }

    /** Claims the acknowledgement of what was triggered at {@code t}: said once per episode. */
    public boolean acknowledge(Target t, String conditions, String by) {
        return claim(new Claim(t, NotificationAction.ACKNOWLEDGE, conditions, by, Duration.ZERO, List.of()), null, null);
    }

    /**
     * Claims the all-clear at {@code t}: true when a trigger the fleet said there is still outstanding (and this call
     * took it back), false when nobody said one or another instance already sent the all-clear.
     */
    public boolean resolve(Target t) {
        return claim(new Claim(t, NotificationAction.RESOLVE, "", "", Duration.ZERO, List.of()), null, null);
    }

    /**
     * Takes {@code k} and, when this instance got it and {@code outboxAt} is set, writes {@code n} to the outbox
     * ({@code guardian_outbox} of this same store) in the same transaction: the claim and the outbox entry commit
     * together or not at all, so an instance that dies (or fails) between the two leaves the notice unclaimed for the
     * next holder, and a committed entry is there for any instance's dispatcher. With {@code outboxAt} null only the
     * claim is taken (the caller's outbox is elsewhere). A trigger's claim also records its alerts' ids
     * ({@code fleet_alert}) and the dedup key it goes out under ({@code fleet_dedup_key}); an all-clear's removes them
     * and their acknowledgements.
     *
     * @return true when this instance says {@code n}
     */
    public boolean claim(Claim k, Notification n, Instant outboxAt) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                boolean mine = switch (k.action()) {
                    case TRIGGER -> insert(c, k, n, """
                            ON CONFLICT (database, group_key, channel, level, action, conditions) DO UPDATE
                                SET sent_by = EXCLUDED.sent_by, sent_at = EXCLUDED.sent_at, notification = EXCLUDED.notification
                                WHERE fleet_notice.sent_at < clock_timestamp() - make_interval(secs => ?)
                            RETURNING 1""") && recordAlerts(c, k) && recordDedupKey(c, k.target(), n);
                    case ACKNOWLEDGE -> insert(c, k, null, "ON CONFLICT DO NOTHING RETURNING 1");
                    case RESOLVE -> resolve(c, k.target());
                };
                if (mine && outboxAt != null) {
                    JdbcOutbox.insert(c, n, outboxAt);
                }
                c.commit();
                return mine;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new FleetStoreException("cannot claim a notice in the fleet store" + (outboxAt == null ? "" : " with its"
                    + " outbox entry (neither was written)") + ": " + e.getMessage(), e);
        }
    }

    /**
     * Keeps the acknowledgement of {@code key} against the fleet's key of what it names: any instance's id of a fleet
     * alert a trigger was said about, or the dedup key a trigger of the fleet went out under (its group's alerts, as
     * the trigger's claims recorded them). Whoever holds the database's duty, now or after a handover, applies it.
     *
     * @return true when the store knows the key; false when it names nothing the fleet said (or is longer than any key)
     */
    public boolean acknowledged(String key, String who) {
        if (key.length() > MAX_KEY) {
            return false;
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("""
                INSERT INTO fleet_acked (database, group_key, pool, condition, who, at)
                SELECT database, group_key, pool, condition, ?, clock_timestamp() FROM (
                    SELECT database, group_key, pool, condition FROM fleet_alert WHERE alert_id = ?
                    UNION
                    SELECT a.database, a.group_key, a.pool, a.condition FROM fleet_dedup_key d
                    JOIN fleet_alert a ON a.database = d.database AND a.group_key = d.group_key WHERE d.dedup_key = ?
                ) AS known
                ON CONFLICT (database, group_key, pool, condition) DO UPDATE SET who = fleet_acked.who
                RETURNING 1""")) {
            s.setString(1, who);
            s.setString(2, key);
            s.setString(3, key);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new FleetStoreException("cannot keep the acknowledgement in the fleet store: " + e.getMessage(), e);
        }
    }

    /** The acknowledgements kept on {@code databases} (at most {@value #MAX_OUTSTANDING}). */
    public List<Acked> acked(Collection<String> databases) {
        List<Acked> out = new ArrayList<>();
        if (databases.isEmpty()) {
            return out;
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("""
                SELECT database, group_key, pool, condition, who FROM fleet_acked WHERE database = ANY (?)
                ORDER BY at LIMIT\s""" + MAX_OUTSTANDING)) {
            s.setArray(1, c.createArrayOf("varchar", databases.toArray()));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(new Acked(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new FleetStoreException("cannot read the fleet's acknowledgements: " + e.getMessage(), e);
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

    private static boolean insert(Connection c, Claim k, Notification said, String onConflict) throws SQLException {
        String conditions = k.conditions();
        String cut = conditions.length() > MAX_CONDITIONS ? conditions.substring(0, MAX_CONDITIONS) : conditions;
        try (PreparedStatement s = c.prepareStatement("""
                INSERT INTO fleet_notice (database, group_key, channel, level, action, conditions, sent_by, sent_at, notification)
                VALUES (?, ?, ?, ?, ?, ?, ?, clock_timestamp(), ?)\s""" + onConflict)) {
            bind(s, k.target());
            s.setString(5, k.action().name());
            s.setString(6, cut);
            s.setString(7, k.by());
            s.setString(8, said == null ? null : NotificationCodec.write(said));
            if (k.action() == NotificationAction.TRIGGER) {
                s.setDouble(9, k.repeatAfter().toMillis() / 1000.0);
            }
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        }
    }

    /**
     * Deletes the notices at {@code t}; when a trigger was among them, its alerts, their acknowledgements and the dedup
     * keys it went out under too.
     */
    private static boolean resolve(Connection c, Target t) throws SQLException {
        boolean triggered = false;
        try (PreparedStatement s = c.prepareStatement("""
                DELETE FROM fleet_notice WHERE database = ? AND group_key = ? AND channel = ? AND level = ?
                RETURNING action""")) {
            bind(s, t);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    triggered |= "TRIGGER".equals(rs.getString(1));
                }
            }
        }
        if (triggered) {
            for (String table : List.of("fleet_alert", "fleet_acked", "fleet_dedup_key")) {
                try (PreparedStatement s = c.prepareStatement("DELETE FROM " + table + " WHERE database = ? AND group_key = ?")) {
                    s.setString(1, t.database());
                    s.setString(2, t.groupKey());
                    s.executeUpdate();
                }
            }
        }
        return triggered;
    }

    /** The trigger's alerts, by this instance's ids; true (the claim stands whatever was recorded before). */
    private static boolean recordAlerts(Connection c, Claim k) throws SQLException {
        if (k.alerts().isEmpty()) {
            return true;
        }
        try (PreparedStatement s = c.prepareStatement("""
                INSERT INTO fleet_alert (alert_id, database, group_key, pool, condition, instance) VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (alert_id) DO NOTHING""")) {
            for (FleetAlert a : k.alerts()) {
                s.setString(1, a.alertId());
                s.setString(2, k.target().database());
                s.setString(3, k.target().groupKey());
                s.setString(4, a.pool());
                s.setString(5, a.condition());
                s.setString(6, k.by());
                s.addBatch();
            }
            s.executeBatch();
        }
        return true;
    }

    /** The dedup key the trigger goes out under, for an acknowledgement by it; true (the claim stands either way). */
    private static boolean recordDedupKey(Connection c, Target t, Notification n) throws SQLException {
        if (n == null || n.dedupKey().length() > MAX_KEY) {
            return true;
        }
        try (PreparedStatement s = c.prepareStatement("""
                INSERT INTO fleet_dedup_key (dedup_key, database, group_key) VALUES (?, ?, ?) ON CONFLICT DO NOTHING""")) {
            s.setString(1, n.dedupKey());
            s.setString(2, t.database());
            s.setString(3, t.groupKey());
            s.executeUpdate();
        }
        return true;
    }

    private static void bind(PreparedStatement s, Target t) throws SQLException {
        s.setString(1, t.database());
        s.setString(2, t.groupKey());
        s.setString(3, t.channel());
        s.setInt(4, t.level());
    }
}
