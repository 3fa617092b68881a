package com.wedsync.guardian.calendar.jdbc;

import com.wedsync.guardian.calendar.CalendarLoad;
import com.wedsync.guardian.calendar.CalendarProblem;
import com.wedsync.guardian.calendar.CalendarReadException;
import com.wedsync.guardian.calendar.CalendarSource;
import com.wedsync.guardian.calendar.CalendarSourceConfig;
import com.wedsync.guardian.calendar.WeddingLimit;
import com.wedsync.guardian.calendar.record.WeddingRecords;
import com.wedsync.guardian.wedding.Wedding;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Runs the configured query in a read-only transaction (rolled back, never committed) with the read
 * time-out as query time-out, and maps its columns by name: id, title, start, end, timeZone, guests,
 * vendors, venue, status.
 */
public final class JdbcCalendarSource implements CalendarSource {

    /** Opens a connection; the default uses the config's URL, username and password. */
    @FunctionalInterface
    public interface ConnectionFactory {
        Connection open() throws SQLException;
    }

    private final CalendarSourceConfig config;
    private final ConnectionFactory connections;
    private final WeddingRecords records;

    public JdbcCalendarSource(CalendarSourceConfig config) {
        this(config, () -> DriverManager.getConnection(config.location(), config.username(), config.password()));
    }

    public JdbcCalendarSource(CalendarSourceConfig config, ConnectionFactory connections) {
        this.config = config;
        this.connections = connections;
        this.records = new WeddingRecords(config);
    }

    @Override
    public String name() {
        return config.name();
    }

    @Override
    public CalendarLoad load(Instant from, Instant to) throws CalendarReadException {
        List<CalendarProblem> problems = new ArrayList<>();
        List<Wedding> weddings = new ArrayList<>();
        MessageDigest digest = sha256();
        try (Connection c = connections.open()) {
            c.setAutoCommit(false);
            c.setReadOnly(true);
            try (Statement st = c.createStatement()) {
                st.setQueryTimeout((int) Math.max(1, config.readTimeout().toSeconds()));
                st.setFetchSize(1000);
                try (ResultSet rs = st.executeQuery(config.query())) {
                    ResultSetMetaData md = rs.getMetaData();
                    int row = 0;
                    while (rs.next()) {
                        row++;
                        Map<String, Object> fields = new LinkedHashMap<>();
                        for (int i = 1; i <= md.getColumnCount(); i++) {
                            Object v = value(rs, md, i);
                            fields.put(md.getColumnLabel(i), v);
                            digest.update(String.valueOf(v).getBytes(StandardCharsets.UTF_8));
                        }
                        records.toWedding(fields, row, from, to, problems).ifPresent(weddings::add);
                        WeddingLimit.check(config, weddings.size());
                    }
                }
            } finally {
                c.rollback();
            }
        } catch (SQLException e) {
            throw new CalendarReadException("calendar '" + config.name() + "' (" + config.safeLocation()
                    + "): query failed: " + (e.getSQLState() == null ? "" : "[" + e.getSQLState() + "] ")
                    + e.getMessage());
        }
        weddings.sort(Comparator.comparing(Wedding::start).thenComparing(Wedding::id));
        return new CalendarLoad(config.name(), weddings, problems, HexFormat.of().formatHex(digest.digest()));
    }

    /** Timestamps by column type: with a zone they are instants, without one wall-clock times in the record's zone. */
    private static Object value(ResultSet rs, ResultSetMetaData md, int i) throws SQLException {
        String type = md.getColumnTypeName(i) == null ? "" : md.getColumnTypeName(i).toLowerCase(Locale.ROOT);
        int sqlType = md.getColumnType(i);
        if (type.equals("timestamptz") || type.contains("with time zone")
                || sqlType == java.sql.Types.TIMESTAMP_WITH_TIMEZONE) {
            return rs.getObject(i, OffsetDateTime.class);
        }
        if (sqlType == java.sql.Types.TIMESTAMP) {
            return rs.getObject(i, LocalDateTime.class);
        }
        if (sqlType == java.sql.Types.DATE) {
            return rs.getObject(i, LocalDate.class);
        }
        return rs.getObject(i);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }
}
