package com.wedsync.guardian.calendar;

import com.wedsync.guardian.wedding.PeakSeason;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Month;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CalendarSourceConfigTest {

    @Test
    void defaultsComeFromDomainFacts() {
        CalendarSourceConfig c = CalendarSourceConfig.builder("uk", SourceType.ICS, "https://example.org/x.ics").build();

        assertThat(c.defaultGuests()).isEqualTo(116);
        assertThat(c.defaultVendors()).isEqualTo(14);
        assertThat(c.maxBytes()).isEqualTo(20L * 1024 * 1024);
        assertThat(c.peakSeason().months()).contains(Month.MAY, Month.OCTOBER).doesNotContain(Month.APRIL);
    }

    @Test
    void badValuesAreRejectedNamingFieldAndValue() {
        var b = CalendarSourceConfig.builder("uk", SourceType.ICS, "x.ics");
        assertThatThrownBy(() -> b.pollInterval(Duration.ZERO)).hasMessage("pollInterval must be >= 1s, but was 0s");
        assertThatThrownBy(() -> b.defaultGuests(-1)).hasMessage("defaultGuests must be >= 0, but was -1");
        assertThatThrownBy(() -> b.titleFilter("(")).hasMessageContaining("titleFilter must be a regular expression, but was '('");
        assertThatThrownBy(() -> CalendarSourceConfig.builder(" ", SourceType.ICS, "x")).hasMessageContaining("name");
        assertThatThrownBy(() -> CalendarSourceConfig.builder("db", SourceType.JDBC, "jdbc:postgresql://h/db").build())
                .hasMessageContaining("query of jdbc calendar 'db' must not be blank");
        assertThatThrownBy(() -> SourceType.parse("ical")).hasMessage("type must be one of ics, json, csv, jdbc, but was ical");
    }

    @Test
    void secretsNeverShowInToStringOrSafeLocation() {
        CalendarSourceConfig google = CalendarSourceConfig.builder("g", SourceType.ICS,
                "https://calendar.google.com/calendar/ical/abc%40group/private-0123456789abcdef/basic.ics").build();
        CalendarSourceConfig db = CalendarSourceConfig.builder("db", SourceType.JDBC,
                "jdbc:postgresql://admin:hunter2@db.internal:5432/app?password=hunter2").query("select 1").password("hunter2").build();

        assertThat(google.toString()).contains("calendar.google.com").doesNotContain("private-0123456789abcdef");
        assertThat(db.toString()).contains("db.internal").doesNotContain("hunter2");
    }

    @Test
    void southernHemisphereAndZoneMakeTheSeasonRule() {
        CalendarSourceConfig c = CalendarSourceConfig.builder("au", SourceType.ICS, "x.ics")
                .defaultZone(ZoneId.of("Australia/Sydney")).hemisphere(PeakSeason.Hemisphere.SOUTHERN).build();

        assertThat(c.seasonRule().zone()).isEqualTo(ZoneId.of("Australia/Sydney"));
        assertThat(c.seasonRule().season().months()).contains(Month.MARCH, Month.NOVEMBER).doesNotContain(Month.JULY);
    }
}
