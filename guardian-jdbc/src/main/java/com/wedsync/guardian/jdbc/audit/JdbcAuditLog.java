package com.wedsync.guardian.jdbc.audit;

import com.wedsync.guardian.pool.PoolSize;
import com.wedsync.guardian.scaling.AuditEntry;
import com.wedsync.guardian.scaling.AuditLines;
import com.wedsync.guardian.scaling.AuditLog;
import com.wedsync.guardian.scaling.AuditOutcome;
import com.wedsync.guardian.scaling.Direction;
import com.wedsync.guardian.scaling.OverrideScope;
import com.wedsync.guardian.scaling.ScalingMode;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link AuditLog} in the store's {@code scaling_audit} table, field by field (Flyway V5), with the text columns of
 * V2 written beside them. Rows written before V5 have only their text and are read as text
 * ({@link AuditEntry#fromText}). Only INSERT and SELECT: there is no update or delete path (and on PostgreSQL a
 * trigger refuses both).
 */
public final class JdbcAuditLog implements AuditLog {

    private static final int REASON_LIMIT = 8000;
    /** {@code entry_version} of a row written with its fields; null marks a row of text only. */
    private static final int FIELDS = 2;
    private static final String COLUMNS = "at, pool, kind, outcome, actor, size_from, size_to, reason, override_id, entry_version,"
            + " direction, mode, from_max, from_min_idle, to_max, to_min_idle, scope, ends_at, gist";

    private final DataSource dataSource;

    public JdbcAuditLog(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void append(AuditEntry e) {
        String sql = "INSERT INTO scaling_audit (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, utc(e.at()));
            ps.setString(2, e.pool());
            ps.setString(3, e.kind().label());
            ps.setString(4, e.outcome().label());
            ps.setString(5, e.actor());
            ps.setString(6, AuditLines.fromText(e));
            ps.setString(7, AuditLines.toText(e));
            ps.setString(8, bounded(e.reason()));
            ps.setString(9, e.overrideId());
            ps.setInt(10, FIELDS);
            ps.setString(11, e.direction() == null ? null : e.direction().name());
            ps.setString(12, e.mode() == null ? null : e.mode().name());
            setSize(ps, 13, e.from());
            setSize(ps, 15, e.to());
            ps.setString(17, e.scope() == null ? null : e.scope().name());
            ps.setObject(18, e.until() == null ? null : utc(e.until()));
            ps.setString(19, bounded(e.gist()));
            ps.executeUpdate();
        } catch (SQLException ex) {
            throw new AuditLog.WriteFailed("could not append to the audit log: " + ex.getMessage(), ex);
        }
    }

    @Override
    public List<AuditEntry> since(Instant since, int limit) {
        String sql = "SELECT " + COLUMNS + " FROM scaling_audit WHERE at >= ? ORDER BY at, id";
        List<AuditEntry> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, utc(since));
            ps.setMaxRows(Math.max(0, limit));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(read(rs));
                }
            }
        } catch (SQLException | IllegalArgumentException ex) {
            throw new IllegalStateException("could not read the audit log: " + ex.getMessage(), ex);
        }
        return out;
    }

    private static AuditEntry read(ResultSet rs) throws SQLException {
        Instant at = rs.getObject("at", OffsetDateTime.class).toInstant();
        AuditEntry.Kind kind = AuditEntry.Kind.parse(rs.getString("kind"));
        AuditOutcome outcome = AuditOutcome.parse(rs.getString("outcome"));
        if (rs.getObject("entry_version") == null) {
            return AuditEntry.fromText(at, rs.getString("pool"), kind, outcome, rs.getString("actor"), rs.getString("size_from"),
                    rs.getString("size_to"), rs.getString("reason"), rs.getString("override_id"));
        }
        String direction = rs.getString("direction");
        String mode = rs.getString("mode");
        String scope = rs.getString("scope");
        OffsetDateTime ends = rs.getObject("ends_at", OffsetDateTime.class);
        return new AuditEntry(at, rs.getString("pool"), kind, outcome, rs.getString("actor"),
                direction == null ? null : Direction.valueOf(direction), mode == null ? null : ScalingMode.valueOf(mode),
                size(rs, "from_max", "from_min_idle"), size(rs, "to_max", "to_min_idle"),
                scope == null ? null : OverrideScope.valueOf(scope), ends == null ? null : ends.toInstant(),
                rs.getString("reason"), rs.getString("gist"), rs.getString("override_id"));
    }

    private static void setSize(PreparedStatement ps, int at, PoolSize s) throws SQLException {
        if (s == null) {
            ps.setNull(at, Types.INTEGER);
            ps.setNull(at + 1, Types.INTEGER);
        } else {
            ps.setInt(at, s.max());
            ps.setInt(at + 1, s.minIdle());
        }
    }

    private static PoolSize size(ResultSet rs, String max, String minIdle) throws SQLException {
        int m = rs.getInt(max);
        return rs.wasNull() ? null : new PoolSize(m, rs.getInt(minIdle));
    }

    private static String bounded(String text) {
        return text.length() > REASON_LIMIT ? text.substring(0, REASON_LIMIT) : text;
    }

    /** PostgreSQL keeps microseconds; truncating on both stores makes a read-back equal to what was written. */
    static OffsetDateTime utc(Instant at) {
        return at.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }
}
