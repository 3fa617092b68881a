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
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The durable {@link Outbox} in table {@code guardian_outbox} (Flyway V1 and V3, H2 and PostgreSQL). Enqueue is
 * idempotent on id (a second insert of the same id is a no-op, decided by the primary key, so it also holds
 * across processes). Marks apply only to pending rows, so a late mark never revives a delivered one.
 *
 * <p>Claims are one conditional {@code UPDATE} per row, {@code ... SET lease_owner = ?, lease_until = ? WHERE id = ?
 * AND state = 'PENDING' AND attempts = ? AND next_attempt_at <= now AND (lease_until IS NULL OR lease_until <= now)},
 * in its own auto-committed statement. Both databases lock the row for the update and re-check the condition
 * against the version that won (PostgreSQL re-evaluates it under READ COMMITTED, H2 locks and re-checks), so
 * of several instances racing for a row exactly one updates it and the others update nothing. The
 * {@code attempts} condition makes the claim fail when the row was marked since the caller read it, so a
 * claimer always sends the entry as it now stands (with the recipients it already reached).
 * Chosen over {@code SELECT ... FOR UPDATE SKIP LOCKED} because a row lock lives only as long as its
 * transaction: holding it across a vendor call would keep a connection and a transaction open for seconds per
 * notification, and a crash would still need a lease to tell a taken row from a free one. A lease in the row
 * needs no open transaction, reads the same on H2 and PostgreSQL, and expires on its own after a crash.
 * Lease times come from the callers' clocks, like {@code next_attempt_at}: instances must agree on the time to
 * well within a lease (NTP does).
 */
public final class JdbcOutbox implements Outbox {

    private static final Logger LOG = LoggerFactory.getLogger(JdbcOutbox.class);
    private static final int DETAIL_MAX = 1000;
    private static final String COLUMNS = "id, notification, attempts, created_at, next_attempt_at, state, reached";
    private static final String FREE = "(lease_until IS NULL OR lease_until <= ?)";

    private final DataSource dataSource;

    public JdbcOutbox(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public boolean enqueue(Notification n, Instant at) {
        try (Connection c = dataSource.getConnection()) {
            return insert(c, n, at);
        } catch (SQLException e) {
            if (isDuplicateKey(e)) {
                // another instance wrote the same id between our check and insert
                return false;
            }
            throw failure("enqueue " + n.id(), e);
        }
    }

    /**
     * Writes the notification's row on {@code c}, in whatever transaction {@code c} is in (the fleet writes it in the
     * transaction that claims the notification, so the claim and the entry commit together). False when its id is
     * stored already.
     */
    public static boolean insert(Connection c, Notification n, Instant at) throws SQLException {
        if (exists(c, n.id())) {
            return false;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO guardian_outbox (id, dedup_key, channel, action,"
                + " notification, state, attempts, created_at, next_attempt_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?, ?)")) {
            ps.setString(1, n.id());
            ps.setString(2, n.dedupKey());
            ps.setString(3, n.channel());
            ps.setString(4, n.action().name());
            ps.setString(5, NotificationCodec.write(n));
            ps.setString(6, State.PENDING.name());
            ps.setObject(7, ts(at));
            ps.setObject(8, ts(at));
            ps.setObject(9, ts(at));
            ps.executeUpdate();
            return true;
        }
    }

    @Override
    public List<Entry> due(Instant now, int limit) {
        String sql = "SELECT " + COLUMNS + " FROM guardian_outbox WHERE state = ? AND next_attempt_at <= ? AND " + FREE
                + " ORDER BY created_at, seq FETCH FIRST " + Math.max(1, limit) + " ROWS ONLY";
        List<Entry> out = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, State.PENDING.name());
            ps.setObject(2, ts(now));
            ps.setObject(3, ts(now));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String id = rs.getString(1);
                    try {
                        out.add(entry(rs, id));
                    } catch (IllegalStateException e) {
                        LOG.error("outbox row {} cannot be read and is marked failed: {}", id, e.getMessage());
                        unreadable.add(id);
                    }
                }
            }
        } catch (SQLException e) {
            throw failure("read due notifications", e);
        }
        // parked as failed, so one bad row is reported once instead of on every pass
        unreadable.forEach(id -> park(id, now));
        return out;
    }

    @Override
    public boolean claim(Entry entry, String owner, Instant now, Instant leaseUntil) {
        String sql = "UPDATE guardian_outbox SET lease_owner = ?, lease_until = ? WHERE id = ? AND state = ?"
                + " AND attempts = ? AND next_attempt_at <= ? AND " + FREE;
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, requireOwner(owner));
            ps.setObject(2, ts(leaseUntil));
            ps.setString(3, entry.id());
            ps.setString(4, State.PENDING.name());
            ps.setInt(5, entry.attempts());
            ps.setObject(6, ts(now));
            ps.setObject(7, ts(now));
            return ps.executeUpdate() == 1;
        } catch (SQLException e) {
            throw failure("claim " + entry.id(), e);
        }
    }

    @Override
    public boolean markDelivered(String id, String owner, Instant at, DeliveryResult result) {
        return mark(id, owner, State.DELIVERED, at, result, null);
    }

    @Override
    public boolean markRetry(String id, String owner, Instant at, DeliveryResult result, Instant nextAttemptAt) {
        return mark(id, owner, State.PENDING, at, result, nextAttemptAt);
    }

    @Override
    public boolean markFailed(String id, String owner, Instant at, DeliveryResult result) {
        return mark(id, owner, State.FAILED, at, result, null);
    }

    @Override
    public Optional<Entry> find(String id) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM guardian_outbox WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(entry(rs, id)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw failure("read " + id, e);
        }
    }

    /** Rows not yet delivered nor failed, due or not. */
    public int pendingCount() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM guardian_outbox WHERE state = ?")) {
            ps.setString(1, State.PENDING.name());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        } catch (SQLException e) {
            throw failure("count pending", e);
        }
    }

    private boolean mark(String id, String owner, State state, Instant at, DeliveryResult r, Instant next) {
        // a retry keeps what this attempt reached, so the next one skips it
        boolean progress = next != null && !r.reached().isEmpty();
        String sql = "UPDATE guardian_outbox SET state = ?, attempts = attempts + 1, updated_at = ?, last_status = ?,"
                + " last_detail = ?, lease_owner = NULL, lease_until = NULL"
                + (next == null ? "" : ", next_attempt_at = ?") + (progress ? ", reached = ?" : "")
                + " WHERE id = ? AND state = ? AND lease_owner = ?";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            ps.setString(i++, state.name());
            ps.setObject(i++, ts(at));
            ps.setInt(i++, r.status());
            String detail = r.outcome() + " " + r.detail();
            ps.setString(i++, detail.length() > DETAIL_MAX ? detail.substring(0, DETAIL_MAX) : detail);
            if (next != null) {
                ps.setObject(i++, ts(next));
            }
            if (progress) {
                ps.setString(i++, ReachedColumn.write(reachedAfter(c, id, r)));
            }
            ps.setString(i++, id);
            ps.setString(i++, State.PENDING.name());
            ps.setString(i, requireOwner(owner));
            return ps.executeUpdate() == 1;
        } catch (SQLException e) {
            throw failure("mark " + id + " " + state, e);
        }
    }

    /**
     * The stored recipients and those of this result. Read, then written by the update that checks the owner:
     * only the owner writes a row, so nothing changes in between, and a stale owner's write is refused anyway.
     */
    private static Set<String> reachedAfter(Connection c, String id, DeliveryResult r) throws SQLException {
        Set<String> all = new HashSet<>(r.reached());
        try (PreparedStatement ps = c.prepareStatement("SELECT reached FROM guardian_outbox WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    all.addAll(ReachedColumn.read(rs.getString(1)));
                }
            }
        }
        return all;
    }

    /** Fails an unreadable row unless someone holds it: no owner can send it, so none would ever mark it. */
    private void park(String id, Instant now) {
        String sql = "UPDATE guardian_outbox SET state = ?, attempts = attempts + 1, updated_at = ?, last_status = 0,"
                + " last_detail = ? WHERE id = ? AND state = ? AND " + FREE;
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, State.FAILED.name());
            ps.setObject(2, ts(now));
            ps.setString(3, DeliveryResult.Outcome.PERMANENT + " stored notification is unreadable");
            ps.setString(4, id);
            ps.setString(5, State.PENDING.name());
            ps.setObject(6, ts(now));
            ps.executeUpdate();
        } catch (SQLException e) {
            throw failure("park unreadable " + id, e);
        }
    }

    /** The entry at the cursor, columns as {@link #COLUMNS}. */
    private static Entry entry(ResultSet rs, String id) throws SQLException {
        return new Entry(NotificationCodec.read(rs.getString(2), id), rs.getInt(3), instant(rs, 4), instant(rs, 5),
                State.valueOf(rs.getString(6)), ReachedColumn.read(rs.getString(7)));
    }

    private static String requireOwner(String owner) {
        if (owner == null || owner.isBlank()) {
            throw new IllegalArgumentException("owner must not be blank");
        }
        return owner;
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
