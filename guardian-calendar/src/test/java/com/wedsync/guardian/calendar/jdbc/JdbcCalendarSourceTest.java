package com.wedsync.guardian.calendar.jdbc;

import com.wedsync.guardian.calendar.CalendarLoad;
import com.wedsync.guardian.calendar.CalendarReadException;
import com.wedsync.guardian.calendar.CalendarSourceConfig;
import com.wedsync.guardian.calendar.CalendarSources;
import com.wedsync.guardian.calendar.SourceType;
import com.wedsync.guardian.wedding.Wedding;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Against the real PostgreSQL on 127.0.0.1:5432, in a schema of its own. */
class JdbcCalendarSourceTest {

    private static final String URL = "jdbc:postgresql://127.0.0.1:5432/test";
    private final String schema = "cal_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    @BeforeEach
    void createTable() throws Exception {
        try (Connection c = DriverManager.getConnection(URL, "postgres", null); Statement st = c.createStatement()) {
            st.execute("create schema " + schema);
            st.execute("create table " + schema + ".weddings (wedding_id text, name text, starts timestamptz,"
                    + " ends timestamptz, zone text, guest_count int, venue text, state text)");
            st.execute("insert into " + schema + ".weddings values"
                    + " ('p1', 'Okafor wedding', '2025-06-14 13:00+00', '2025-06-14 21:00+00', 'Europe/London', 210, 'Kew', 'booked'),"
                    + " ('p2', 'Called off', '2025-06-21 13:00+00', '2025-06-21 21:00+00', 'Europe/London', 80, 'Kew', 'cancelled'),"
                    + " ('p3', 'Kathmandu wedding', '2025-12-06 06:15+00', '2025-12-06 14:15+00', 'Nepal Standard Time', null, null, 'booked')");
        }
    }

    @AfterEach
    void dropSchema() throws Exception {
        try (Connection c = DriverManager.getConnection(URL, "postgres", null); Statement st = c.createStatement()) {
            st.execute("drop schema " + schema + " cascade");
        }
    }

    private CalendarSourceConfig config(String query) {
        return CalendarSourceConfig.builder("platform-db", SourceType.JDBC, URL).username("postgres").query(query).build();
    }

    @Test
    void readsWeddingsByColumnNames() throws Exception {
        CalendarLoad load = CalendarSources.create(config("select wedding_id as id, name as title, starts as start,"
                + " ends as \"end\", zone as \"timeZone\", guest_count as guests, venue, state as status from "
                + schema + ".weddings")).load(Instant.parse("2025-01-01T00:00:00Z"), Instant.parse("2027-01-01T00:00:00Z"));

        assertThat(load.weddings()).extracting(Wedding::id).containsExactly("p1", "p3");
        Wedding p1 = load.weddings().get(0);
        assertThat(p1.start()).isEqualTo(Instant.parse("2025-06-14T13:00:00Z"));
        assertThat(p1.zone()).isEqualTo(ZoneId.of("Europe/London"));
        assertThat(p1.guests()).isEqualTo(210);
        Wedding p3 = load.weddings().get(1);
        assertThat(p3.zone()).isEqualTo(ZoneId.of("Asia/Kathmandu"));
        assertThat(p3.localStart().toString()).isEqualTo("2025-12-06T12:00");
        assertThat(p3.guests()).isEqualTo(116);
        assertThat(load.problems()).isEmpty();
    }

    @Test
    void theQueryRunsReadOnly() throws Exception {
        assertThatThrownBy(() -> CalendarSources.create(config("delete from " + schema + ".weddings returning wedding_id as id"))
                .load(Instant.EPOCH, Instant.parse("2030-01-01T00:00:00Z")))
                .isInstanceOf(CalendarReadException.class)
                .hasMessageContaining("platform-db")
                .hasMessageContaining("read-only");
        try (Connection c = DriverManager.getConnection(URL, "postgres", null); Statement st = c.createStatement();
             var rs = st.executeQuery("select count(*) from " + schema + ".weddings")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(3);
        }
    }
}
