package com.wedsync.guardian.jdbc.freeze;

import com.wedsync.guardian.freeze.HeldDeployment;
import com.wedsync.guardian.freeze.HeldDeployments;

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

/** {@link HeldDeployments} in the store's {@code freeze_held_deployments} table: they survive a restart. */
public final class JdbcHeldDeployments implements HeldDeployments {

    private final DataSource dataSource;

    public JdbcHeldDeployments(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void save(HeldDeployment h) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement del = c.prepareStatement("DELETE FROM freeze_held_deployments WHERE id = ?");
                 PreparedStatement ins = c.prepareStatement("INSERT INTO freeze_held_deployments (id, service,"
                         + " environment, callback_url, installation_id, held_at, held_until) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                del.setString(1, h.id());
                del.executeUpdate();
                ins.setString(1, h.id());
                ins.setString(2, h.service());
                ins.setString(3, h.environment());
                ins.setString(4, h.callbackUrl());
                ins.setLong(5, h.installationId());
                ins.setObject(6, OffsetDateTime.ofInstant(h.heldAt(), ZoneOffset.UTC));
                ins.setObject(7, OffsetDateTime.ofInstant(h.until(), ZoneOffset.UTC));
                ins.executeUpdate();
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot save a held deployment: " + e.getSQLState(), e);
        }
    }

    @Override
    public List<HeldDeployment> due(Instant now, int limit) {
        String sql = "SELECT id, service, environment, callback_url, installation_id, held_at, held_until"
                + " FROM freeze_held_deployments WHERE held_until <= ? ORDER BY held_until LIMIT ?";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
            ps.setInt(2, limit);
            List<HeldDeployment> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new HeldDeployment(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getLong(5), rs.getObject(6, OffsetDateTime.class).toInstant(),
                            rs.getObject(7, OffsetDateTime.class).toInstant()));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read held deployments: " + e.getSQLState(), e);
        }
    }

    @Override
    public void remove(String id) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("DELETE FROM freeze_held_deployments WHERE id = ?")) {
            ps.setString(1, id);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot remove a held deployment: " + e.getSQLState(), e);
        }
    }
}
