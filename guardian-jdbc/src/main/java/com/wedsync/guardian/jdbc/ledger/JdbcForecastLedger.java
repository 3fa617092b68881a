package com.wedsync.guardian.jdbc.ledger;

import com.wedsync.guardian.forecast.Forecast;
import com.wedsync.guardian.forecast.ForecastLedger;
import com.wedsync.guardian.forecast.ForecastPoint;

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
import java.util.HashSet;
import java.util.List;
import java.util.NavigableMap;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;

/**
 * {@link ForecastLedger} in the store: {@code forecast_ledger} holds every point of every forecast,
 * {@code forecast_actual} a running hourly mean of the load seen.
 */
public final class JdbcForecastLedger implements ForecastLedger {

    private final DataSource dataSource;

    public JdbcForecastLedger(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Records every point of {@code f}; a forecast of the same pool made at the same instant is recorded once. */
    @Override
    public void recordForecast(Forecast f) {
        String sql = "INSERT INTO forecast_ledger (pool, at, generated_at, expected, low, high, confidence) VALUES (?, ?, ?, ?, ?, ?, ?)";
        String seen = "SELECT 1 FROM forecast_ledger WHERE pool = ? AND generated_at = ?";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql);
             PreparedStatement exists = c.prepareStatement(seen)) {
            c.setAutoCommit(false);
            exists.setString(1, f.pool());
            exists.setObject(2, utc(f.generatedAt()));
            try (ResultSet rs = exists.executeQuery()) {
                if (rs.next()) {
                    // The same forecast again (a clock that repeats itself, as the demo's compressed one does).
                    c.rollback();
                    return;
                }
            }
            for (ForecastPoint p : f.points()) {
                ps.setString(1, f.pool());
                ps.setObject(2, utc(p.at()));
                ps.setObject(3, utc(f.generatedAt()));
                ps.setDouble(4, p.expectedConnections());
                ps.setDouble(5, p.low());
                ps.setDouble(6, p.high());
                ps.setDouble(7, p.confidence());
                ps.addBatch();
            }
            ps.executeBatch();
            c.commit();
        } catch (SQLException ex) {
            throw new IllegalStateException("could not record the forecast for pool " + f.pool() + ": " + ex.getMessage(), ex);
        }
    }

    @Override
    public void recordActual(String pool, Instant at, double connections) {
        OffsetDateTime hour = utc(at.truncatedTo(ChronoUnit.HOURS));
        String update = "UPDATE forecast_actual SET total = total + ?, samples = samples + 1 WHERE pool = ? AND at = ?";
        String insert = "INSERT INTO forecast_actual (pool, at, total, samples) VALUES (?, ?, ?, 1)";
        try (Connection c = dataSource.getConnection()) {
            for (int attempt = 0; attempt < 2; attempt++) {
                try (PreparedStatement u = c.prepareStatement(update)) {
                    u.setDouble(1, connections);
                    u.setString(2, pool);
                    u.setObject(3, hour);
                    if (u.executeUpdate() > 0) {
                        return;
                    }
                }
                try (PreparedStatement i = c.prepareStatement(insert)) {
                    i.setString(1, pool);
                    i.setObject(2, hour);
                    i.setDouble(3, connections);
                    i.executeUpdate();
                    return;
                } catch (SQLException duplicate) {
                    // Another instance inserted the hour first: the update will find it now.
                    if (attempt == 1) {
                        throw duplicate;
                    }
                }
            }
        } catch (SQLException ex) {
            throw new IllegalStateException("could not record the load of pool " + pool + ": " + ex.getMessage(), ex);
        }
    }

    @Override
    public NavigableMap<Instant, Double> actuals(String pool, Instant from, Instant to) {
        String sql = "SELECT at, total, samples FROM forecast_actual WHERE pool = ? AND at >= ? AND at < ? ORDER BY at";
        NavigableMap<Instant, Double> out = new TreeMap<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, pool);
            ps.setObject(2, utc(from));
            ps.setObject(3, utc(to));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int samples = rs.getInt(3);
                    if (samples > 0) {
                        out.put(rs.getObject(1, OffsetDateTime.class).toInstant(), rs.getDouble(2) / samples);
                    }
                }
            }
        } catch (SQLException ex) {
            throw new IllegalStateException("could not read the load history of pool " + pool + ": " + ex.getMessage(), ex);
        }
        return out;
    }

    @Override
    public List<Entry> between(String pool, Instant from, Instant to) {
        String sql = "SELECT l.at, l.generated_at, l.expected, l.low, l.high, a.total, a.samples FROM forecast_ledger l"
                + " LEFT JOIN forecast_actual a ON a.pool = l.pool AND a.at = l.at"
                + " WHERE l.pool = ? AND l.at >= ? AND l.at < ? ORDER BY l.at, l.generated_at DESC";
        List<Entry> out = new ArrayList<>();
        Set<Instant> seen = new HashSet<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, pool);
            ps.setObject(2, utc(from));
            ps.setObject(3, utc(to));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Instant at = rs.getObject(1, OffsetDateTime.class).toInstant();
                    if (!seen.add(at)) {
                        continue; // an older forecast for the same hour: the latest one counts
                    }
                    int samples = rs.getInt(7);
                    OptionalDouble actual = rs.wasNull() || samples == 0 ? OptionalDouble.empty() : OptionalDouble.of(rs.getDouble(6) / samples);
                    out.add(new Entry(pool, at, rs.getObject(2, OffsetDateTime.class).toInstant(), rs.getDouble(3), rs.getDouble(4),
                            rs.getDouble(5), actual));
                }
            }
        } catch (SQLException ex) {
            throw new IllegalStateException("could not read the forecast ledger of pool " + pool + ": " + ex.getMessage(), ex);
        }
        return out;
    }

    private static OffsetDateTime utc(Instant at) {
        return at.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }
}
