package com.wedsync.guardian.jdbc.audit;

import com.wedsync.guardian.scaling.AuditEntry;
import com.wedsync.guardian.scaling.AuditLog;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link AuditLog} in the store's {@code scaling_audit} table. Only INSERT and SELECT: there is no
 * update or delete path (and on PostgreSQL a trigger refuses both).
 */
public final class JdbcAuditLog implements AuditLog {

    private static final int REASON_LIMIT = 8000;

    private final DataSource dataSource;

    public JdbcAuditLog(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void append(AuditEntry e) {
        String sql = "INSERT INTO scaling_audit (at, pool, kind, outcome, actor, size_from, size_to, reason, override_id)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, utc(e.at()));
            ps.setString(2, e.pool());
            ps.setString(3, e.kind());
            ps.setString(4, e.outcome());
            ps.setString(5, e.actor());
            ps.setString(6, e.from());
            ps.setString(7, e.to());
            ps.setString(8, e.reason().length() > REASON_LIMIT ? e.reason().substring(0, REASON_LIMIT) : e.reason());
            ps.setString(9, e.overrideId());
            ps.executeUpdate();
        } catch (SQLException ex) {
            throw new AuditLog.WriteFailed("could not append to the audit log: " + ex.getMessage(), ex);
        }
    }

    @Override
    public List<AuditEntry> since(Instant since, int limit) {
        String sql = "SELECT at, pool, kind, outcome, actor, size_from, size_to, reason, override_id FROM scaling_audit"
                + " WHERE at >= ? ORDER BY at, id";
        List<AuditEntry> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, utc(since));
            ps.setMaxRows(Math.max(0, limit));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new AuditEntry(rs.getObject(1, OffsetDateTime.class).toInstant(), rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9)));
                }
            }
        } catch (SQLException ex) {
            throw new IllegalStateException("could not read the audit log: " + ex.getMessage(), ex);
        }
        return out;
    }

    /** PostgreSQL keeps microseconds; truncating on both stores makes a read-back equal to what was written. */
    static OffsetDateTime utc(Instant at) {
        return at.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }
}
