package com.wedsync.guardian.jdbc.outbox;

import com.wedsync.guardian.alert.DeliveryResult;
import com.wedsync.guardian.alert.Notification;
import com.wedsync.guardian.alert.Outbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The durable {@link Outbox} in table {@code guardian_outbox} (Flyway V1, H2 and PostgreSQL). Enqueue is
 * idempotent on id (a second insert of the same id is a no-op, decided by the primary key, so it also holds
 * across processes). Marks apply only to pending rows, so a late mark never revives a delivered one.
 */
public final class JdbcOutbox implements Outbox {

    public static final String PENDING = "PENDING";
    public static final String DELIVERED = "DELIVERED";
    public static final String FAILED = "FAILED";

    private static final Logger LOG = LoggerFactory.getLogger(JdbcOutbox.class);
    private static final int DETAIL_MAX = 1000;

    private final DataSource dataSource;

    public JdbcOutbox(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public boolean enqueue(Notification n, Instant at) {
        String sql = "INSERT INTO guardian_outbox (id, dedup_key, channel, action, notification, state, attempts,"
                + " created_at, next_attempt_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?, ?)";
        try (Connection c = dataSource.getConnection()) {
            if (exists(c, n.id())) {
                return false;
            }
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, n.id());
                ps.setString(2, n.dedupKey());
                ps.setString(3, n.channel());
                ps.setString(4, n.action().name());
                ps.setString(5, NotificationCodec.write(n));
                ps.setString(6, PENDING);
                ps.setObject(7, ts(at));
                ps.setObject(8, ts(at));
                ps.setObject(9, ts(at));
                ps.executeUpdate();
                return true;
            } catch (SQLException e) {
                if (isDuplicateKey(e)) {
                    // another instance wrote the same id between our check and insert
                    return false;
                }
                throw e;
            }
        } catch (SQLException e) {
            throw failure("enqueue " + n.id(), e);
        }
    }

    @Override
    public List<Entry> due(Instant now, int limit) {
        String sql = "SELECT id, notification, attempts, created_at, next_attempt_at, state FROM guardian_outbox"
                + " WHERE state = ? AND next_attempt_at <= ? ORDER BY created_at, seq FETCH FIRST " + Math.max(1, limit)
                + " ROWS ONLY";
        List<Entry> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, PENDING);
            ps.setObject(2, ts(now));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String id = rs.getString(1);
                    Notification n;
                    try {
                        n = NotificationCodec.read(rs.getString(2), id);
                    } catch (IllegalStateException e) {
                        LOG.error("outbox row {} cannot be read and is skipped: {}", id, e.getMessage());
                        continue;
                    }
                    out.add(new Entry(n, rs.getInt(3), instant(rs, 4), instant(rs, 5), rs.getString(6)));
                }
            }
        } catch (SQLException e) {
            throw failure("read due notifications", e);
        }
        return out;
    }

    @Override
    public void markDelivered(String id, Instant at, DeliveryResult result) {
        mark(id, DELIVERED, at, result, null);
    }

    @Override
    public void markRetry(String id, Instant at, DeliveryResult result, Instant nextAttemptAt) {
        mark(id, PENDING, at, result, nextAttemptAt);
    }

    @Override
    public void markFailed(String id, Instant at, DeliveryResult result) {
        mark(id, FAILED, at, result, null);
    }

    /** One row, whatever its state, for the API and tests. */
    public Optional<Entry> find(String id) {
        String sql = "SELECT id, notification, attempts, created_at, next_attempt_at, state FROM guardian_outbox WHERE id = ?";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Entry(NotificationCodec.read(rs.getString(2), id), rs.getInt(3),
                        instant(rs, 4), instant(rs, 5), rs.getString(6)));
            }
        } catch (SQLException e) {
            throw failure("read " + id, e);
        }
    }

    /** Rows not yet delivered nor failed, due or not. */
    public int pendingCount() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM guardian_outbox WHERE state = ?")) {
            ps.setString(1, PENDING);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        } catch (SQLException e) {
            throw failure("count pending", e);
        }
    }

    private void mark(String id, String state, Instant at, DeliveryResult r, Instant next) {
        String sql = "UPDATE guardian_outbox SET state = ?, attempts = attempts + 1, updated_at = ?, last_status = ?,"
                + " last_detail = ?" + (next == null ? "" : ", next_attempt_at = ?") + " WHERE id = ? AND state = ?";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            ps.setString(i++, state);
            ps.setObject(i++, ts(at));
            ps.setInt(i++, r.status());
            String detail = r.outcome() + " " + r.detail();
            ps.setString(i++, detail.length() > DETAIL_MAX ? detail.substring(0, DETAIL_MAX) : detail);
            if (next != null) {
                ps.setObject(i++, ts(next));
            }
            ps.setString(i++, id);
            ps.setString(i, PENDING);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw failure("mark " + id + " " + state, e);
        }
    }

    private static boolean exists(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM guardian_outbox WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static boolean isDuplicateKey(SQLException e) {
        // SQLSTATE 23505: unique violation, in both H2 and PostgreSQL
        return "23505".equals(e.getSQLState());
    }

    private static OffsetDateTime ts(Instant i) {
        return OffsetDateTime.ofInstant(i, ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, int col) throws SQLException {
        OffsetDateTime t = rs.getObject(col, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    /** A store failure, with the SQL state but never the connection URL or credentials. */
    private static IllegalStateException failure(String what, SQLException e) {
        return new IllegalStateException("outbox: could not " + what + " (SQLState " + e.getSQLState() + ")", e);
    }
}
