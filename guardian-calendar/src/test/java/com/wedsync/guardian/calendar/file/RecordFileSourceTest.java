package com.wedsync.guardian.calendar.file;

import com.wedsync.guardian.calendar.CalendarLoad;
import com.wedsync.guardian.calendar.CalendarReadException;
import com.wedsync.guardian.calendar.CalendarSourceConfig;
import com.wedsync.guardian.calendar.CalendarSources;
import com.wedsync.guardian.calendar.RefreshingCalendar;
import com.wedsync.guardian.calendar.SourceType;
import com.wedsync.guardian.wedding.Wedding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RecordFileSourceTest {

    static final Instant FROM = Instant.parse("2025-01-01T00:00:00Z");
    static final Instant TO = Instant.parse("2027-01-01T00:00:00Z");

    @TempDir
    Path dir;

    @Test
    void jsonExportGivesWeddingsInTheirZonesWithDefaultsAndProblems() throws Exception {
        Path f = dir.resolve("weddings.json");
        Files.writeString(f, """
                {"weddings": [
                  {"id": "w1", "title": "Ngata wedding", "start": "2025-12-20T14:00", "end": "2025-12-20T22:00",
                   "timeZone": "Pacific/Auckland", "guests": 140, "vendors": 12, "venue": "Waiheke Estate", "status": "confirmed"},
                  {"id": "w2", "title": "UTC one", "start": "2025-06-14T13:00:00Z", "end": "2025-06-14T21:00:00Z"},
                  {"id": "w3", "title": "Cancelled", "start": "2025-06-14T13:00:00Z", "end": "2025-06-14T21:00:00Z", "status": "CANCELLED"},
                  {"id": "w4", "title": "Bad zone", "start": "2025-06-14T13:00", "end": "2025-06-14T21:00", "timeZone": "Nowhere/Land"},
                  {"id": "w5", "title": "All day", "start": "2025-07-05", "timeZone": "AUS Eastern Standard Time"}
                ]}
                """);
        CalendarSourceConfig config = CalendarSourceConfig.builder("platform", SourceType.JSON, f.toString())
                .defaultZone(ZoneId.of("Europe/London")).build();

        CalendarLoad load = CalendarSources.create(config).load(FROM, TO);

        assertThat(load.weddings()).extracting(Wedding::id).containsExactly("w2", "w5", "w1");
        Wedding ngata = load.weddings().get(2);
        assertThat(ngata.start()).isEqualTo(Instant.parse("2025-12-20T01:00:00Z"));
        assertThat(ngata.guests()).isEqualTo(140);
        assertThat(ngata.venue()).isEqualTo("Waiheke Estate");
        Wedding utc = load.weddings().get(0);
        assertThat(utc.zone()).isEqualTo(ZoneId.of("Europe/London"));
        assertThat(utc.localStart()).isEqualTo(LocalDateTime.parse("2025-06-14T14:00"));
        assertThat(utc.guests()).isEqualTo(116);
        Wedding allDay = load.weddings().get(1);
        assertThat(allDay.allDay()).isTrue();
        assertThat(allDay.zone()).isEqualTo(ZoneId.of("Australia/Sydney"));
        assertThat(load.problems()).singleElement().satisfies(p -> {
            assertThat(p.message()).contains("w4").contains("Nowhere/Land");
            assertThat(p.line()).isEqualTo(6);
        });
    }

    @Test
    void csvExportWithHeader() throws Exception {
        Path f = dir.resolve("weddings.csv");
        Files.writeString(f, """
                id,title,start,end,timeZone,guests,vendors,venue,status
                c1,Kumar wedding,2025-12-06 10:00,2025-12-06 22:00,Asia/Kolkata,300,25,Leela Palace,confirmed
                c2,Broken,tomorrow,2025-12-06 22:00,Asia/Kolkata,,,,
                c3,Default counts,2025-12-06T15:00:00+10:30,2025-12-06T22:00:00+10:30,Australia/Adelaide,,,,
                """);
        CalendarSourceConfig config = CalendarSourceConfig.builder("csv", SourceType.CSV, f.toUri().toString()).build();

        CalendarLoad load = CalendarSources.create(config).load(FROM, TO);

        assertThat(load.weddings()).extracting(Wedding::id).containsExactly("c1", "c3");
        assertThat(load.weddings().get(0).start()).isEqualTo(Instant.parse("2025-12-06T04:30:00Z"));
        assertThat(load.weddings().get(1).start()).isEqualTo(Instant.parse("2025-12-06T04:30:00Z"));
        assertThat(load.weddings().get(1).vendors()).isEqualTo(14);
        assertThat(load.problems()).singleElement().satisfies(p -> {
            assertThat(p.message()).contains("c2").contains("start").contains("tomorrow");
            assertThat(p.line()).isEqualTo(3);
        });
    }

    @Test
    void malformedJsonIsAClearErrorNotAStackTrace() throws Exception {
        Path f = dir.resolve("broken.json");
        Files.writeString(f, "[{\"id\": \"x\", \"start\": ");
        CalendarSourceConfig config = CalendarSourceConfig.builder("broken", SourceType.JSON, f.toString()).build();

        assertThatThrownBy(() -> CalendarSources.create(config).load(FROM, TO))
                .isInstanceOf(CalendarReadException.class)
                .hasMessageContaining("calendar 'broken' is not valid json");
    }

    @Test
    void sameIdInTwoSourcesCountsOnce() throws Exception {
        Path a = dir.resolve("a.json");
        Path b = dir.resolve("b.csv");
        Files.writeString(a, "[{\"id\": \"same\", \"start\": \"2025-06-14T13:00:00Z\", \"end\": \"2025-06-14T21:00:00Z\"}]");
        Files.writeString(b, "id,start,end\nsame,2025-06-14T13:00:00Z,2025-06-14T21:00:00Z\nother,2025-06-15T13:00:00Z,2025-06-15T21:00:00Z\n");
        RefreshingCalendar calendar = RefreshingCalendar.of(List.of(
                CalendarSourceConfig.builder("a", SourceType.JSON, a.toString()).build(),
                CalendarSourceConfig.builder("b", SourceType.CSV, b.toString()).build()));

        calendar.refresh(Instant.parse("2025-06-01T00:00:00Z"));

        assertThat(calendar.calendar().weddings()).extracting(Wedding::id).containsExactly("same", "other");
    }
}
