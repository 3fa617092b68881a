package com.wedsync.guardian.calendar.ics;

import com.wedsync.guardian.calendar.CalendarLoad;
import com.wedsync.guardian.calendar.CalendarReadException;
import com.wedsync.guardian.calendar.CalendarSourceConfig;
import com.wedsync.guardian.calendar.SourceType;
import com.wedsync.guardian.wedding.Wedding;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Issue 3, "Done when": correct UTC and local times for each kind of export. */
class IcsReaderTest {

    static final Instant FROM = Instant.parse("2025-01-01T00:00:00Z");
    static final Instant TO = Instant.parse("2027-01-01T00:00:00Z");

    static String fixture(String name) throws IOException {
        try (InputStream in = IcsReaderTest.class.getResourceAsStream("/ics/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static CalendarLoad read(String name) throws Exception {
        return read(name, CalendarSourceConfig.builder("test", SourceType.ICS, name).build());
    }

    static CalendarLoad read(String name, CalendarSourceConfig config) throws Exception {
        return new IcsReader(config).read(fixture(name), FROM, TO);
    }

    static Wedding byId(CalendarLoad load, String id) {
        return load.weddings().stream().filter(w -> w.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no wedding " + id + " in " + load.weddings()));
    }

    @Test
    void googleExportUtcTimesAreShownInTheCalendarsXWrTimezone() throws Exception {
        CalendarLoad load = read("google-export.ics");
        Wedding w = byId(load, "g-single-1@google.com");

        assertThat(w.start()).isEqualTo(Instant.parse("2025-06-14T13:00:00Z"));
        assertThat(w.zone()).isEqualTo(ZoneId.of("Europe/London"));
        assertThat(w.localStart()).isEqualTo(LocalDateTime.parse("2025-06-14T14:00"));
        assertThat(w.venue()).isEqualTo("Rosewood Manor, Bath");
        assertThat(w.guests()).isEqualTo(180);
        assertThat(w.vendors()).isEqualTo(16);
        assertThat(load.problems()).isEmpty();
    }

    @Test
    void floatingTimesAreReadInTheCalendarZone() throws Exception {
        Wedding w = byId(read("google-export.ics"), "g-floating-1@google.com");

        assertThat(w.localStart()).isEqualTo(LocalDateTime.parse("2025-06-21T15:00"));
        assertThat(w.start()).isEqualTo(Instant.parse("2025-06-21T14:00:00Z"));
        assertThat(w.guests()).isEqualTo(CalendarSourceConfig.DEFAULT_GUESTS);
        assertThat(w.vendors()).isEqualTo(CalendarSourceConfig.DEFAULT_VENDORS);
    }

    @Test
    void allDayWeddingOccupiesItsWholeLocalDayAndTakesExplicitCounts() throws Exception {
        Wedding w = byId(read("google-export.ics"), "g-allday-1@google.com");

        assertThat(w.allDay()).isTrue();
        assertThat(w.start()).isEqualTo(Instant.parse("2025-07-04T23:00:00Z"));
        assertThat(w.end()).isEqualTo(Instant.parse("2025-07-05T23:00:00Z"));
        assertThat(w.guests()).isEqualTo(90);
        assertThat(w.vendors()).isEqualTo(9);
    }

    @Test
    void cancelledEventsAreSkipped() throws Exception {
        assertThat(read("google-export.ics").weddings()).extracting(Wedding::id).doesNotContain("g-cancelled-1@google.com");
    }

    @Test
    void weddingAcrossTheEndOfSummerTimeKeepsItsRealLength() throws Exception {
        Wedding w = byId(read("google-export.ics"), "g-dst-1@google.com");

        assertThat(w.localStart()).isEqualTo(LocalDateTime.parse("2025-10-25T20:00"));
        assertThat(w.localEnd()).isEqualTo(LocalDateTime.parse("2025-10-26T02:00"));
        assertThat(Duration.between(w.start(), w.end())).isEqualTo(Duration.ofHours(7));
    }

    @Test
    void titleFilterKeepsOnlyMatchingEvents() throws Exception {
        CalendarSourceConfig config = CalendarSourceConfig.builder("uk", SourceType.ICS, "x").titleFilter("wedding").build();

        assertThat(read("google-export.ics", config).weddings()).extracting(Wedding::title)
                .isNotEmpty().allMatch(t -> t.toLowerCase().contains("wedding"))
                .doesNotContain("Board meeting");
    }

    @Test
    void outlookWindowsZonesAndDisplayNamesMapToIana() throws Exception {
        CalendarLoad load = read("outlook-export.ics");

        Wedding nguyen = byId(load, "040000008200E00074C5B7101A82E00800000000AA01");
        assertThat(nguyen.zone()).isEqualTo(ZoneId.of("Australia/Sydney"));
        assertThat(nguyen.start()).isEqualTo(Instant.parse("2025-11-08T04:00:00Z")); // AEDT, UTC+11
        Wedding patel = byId(load, "040000008200E00074C5B7101A82E00800000000AA02");
        assertThat(patel.zone()).isEqualTo(ZoneId.of("Australia/Sydney"));
        assertThat(patel.start()).isEqualTo(Instant.parse("2025-07-05T04:00:00Z")); // AEST, UTC+10
        Wedding sharma = byId(load, "040000008200E00074C5B7101A82E00800000000AA03");
        assertThat(sharma.zone()).isEqualTo(ZoneId.of("Asia/Kolkata"));
        assertThat(sharma.start()).isEqualTo(Instant.parse("2025-12-06T05:30:00Z"));
        Wedding adelaide = byId(load, "040000008200E00074C5B7101A82E00800000000AA04");
        assertThat(adelaide.zone()).isEqualTo(ZoneId.of("Australia/Adelaide"));
        assertThat(adelaide.start()).isEqualTo(Instant.parse("2025-10-11T05:30:00Z")); // ACDT, UTC+10:30
        assertThat(load.problems()).isEmpty();
    }

    @Test
    void outlookCustomZoneIsMatchedByItsRulesSoLocalTimesComeOutAsDefined() throws Exception {
        CalendarLoad load = read("outlook-custom-zone.ics");

        assertThat(load.problems()).isEmpty();
        Wedding summer = byId(load, "custom-1");
        assertThat(summer.start()).isEqualTo(Instant.parse("2025-11-08T04:00:00Z")); // +11:00 in November
        assertThat(summer.localStart()).isEqualTo(LocalDateTime.parse("2025-11-08T15:00"));
        assertThat(byId(load, "custom-2").start()).isEqualTo(Instant.parse("2025-07-05T05:00:00Z")); // +10:00 in July
    }

    @Test
    void appleSeriesKeepsMovedInstancesAndDropsExcludedAndCancelledOnes() throws Exception {
        CalendarLoad load = read("apple-series.ics");

        assertThat(load.weddings()).extracting(w -> w.localStart().toString()).containsExactly(
                "2025-10-11T16:00", // first Saturday
                "2025-10-26T13:00", // 25 Oct moved to Sunday by its RECURRENCE-ID override
                "2025-11-01T16:00",
                "2025-11-08T16:00", // after the US clock change: still 16:00 local
                "2025-11-22T16:00"); // 18 Oct excluded (EXDATE), 15 Nov cancelled
        assertThat(load.weddings()).extracting(Wedding::start).containsExactly(
                Instant.parse("2025-10-11T20:00:00Z"), Instant.parse("2025-10-26T17:00:00Z"),
                Instant.parse("2025-11-01T20:00:00Z"), Instant.parse("2025-11-08T21:00:00Z"),
                Instant.parse("2025-11-22T21:00:00Z"));
        Wedding moved = load.weddings().get(1);
        assertThat(moved.title()).contains("moved to Sunday");
        assertThat(moved.guests()).isEqualTo(60);
        assertThat(moved.id()).isEqualTo("A1B2C3D4-SERIES/2025-10-25T20:00:00Z");
        assertThat(load.weddings().get(0).guests()).isEqualTo(150);
    }

    @Test
    void seriesIsExpandedOnlyOverTheWindow() throws Exception {
        CalendarSourceConfig config = CalendarSourceConfig.builder("t", SourceType.ICS, "x").build();
        CalendarLoad load = new IcsReader(config).read(fixture("apple-series.ics"),
                Instant.parse("2025-11-01T00:00:00Z"), Instant.parse("2025-11-09T00:00:00Z"));

        assertThat(load.weddings()).extracting(w -> w.localDate().toString()).containsExactly("2025-11-01", "2025-11-08");
    }

    @Test
    void halfAndQuarterHourZonesGiveTheRightUtcTimes() throws Exception {
        CalendarLoad load = read("half-hour-offsets.ics");

        assertThat(byId(load, "kolkata").start()).isEqualTo(Instant.parse("2025-12-06T04:30:00Z"));   // +05:30
        assertThat(byId(load, "adelaide").start()).isEqualTo(Instant.parse("2025-12-06T04:30:00Z"));  // +10:30 ACDT
        assertThat(byId(load, "kathmandu").start()).isEqualTo(Instant.parse("2025-12-06T06:15:00Z")); // +05:45
        assertThat(byId(load, "eucla").start()).isEqualTo(Instant.parse("2025-12-06T06:15:00Z"));     // +08:45
        assertThat(byId(load, "chatham").start()).isEqualTo(Instant.parse("2025-12-06T01:15:00Z"));   // +13:45 CHADT
        assertThat(byId(load, "chatham").localStart()).isEqualTo(LocalDateTime.parse("2025-12-06T15:00"));
    }

    @Test
    void unknownZoneMakesThatEventAProblemNamingTheZoneAndTheRestLoads() throws Exception {
        CalendarLoad load = read("unknown-tzid.ics");

        assertThat(load.weddings()).extracting(Wedding::id).containsExactly("earth");
        assertThat(load.problems()).singleElement().satisfies(p -> {
            assertThat(p.message()).contains("Mars/Olympus_Mons").contains("Wedding on Mars");
            assertThat(p.line()).isEqualTo(4);
        });
    }

    @Test
    void malformedEventsBecomeProblemsWithLinesAndTheGoodOneLoads() throws Exception {
        CalendarLoad load = read("malformed.ics");

        assertThat(load.weddings()).extracting(Wedding::id).containsExactly("ok-1");
        assertThat(load.problems()).extracting(p -> p.line() + " " + p.message()).satisfiesExactlyInAnyOrder(
                p -> assertThat(p).startsWith("9 ").contains("Bad date").contains("2025-12-06 15:00"),
                p -> assertThat(p).startsWith("14 ").contains("Backwards").contains("ends before it starts"),
                p -> assertThat(p).startsWith("20 ").contains("Broken rule").contains("FREQ=SOMETIMES").doesNotContain("net.fortuna"),
                p -> assertThat(p).startsWith("27 ").contains("has no DTSTART"));
    }

    @Test
    void problemsComeInTheFilesLineOrderAndAUtcTimeWithoutACalendarZoneIsInUtcNotZ() throws Exception {
        CalendarLoad load = read("malformed.ics");

        assertThat(load.problems()).extracting(p -> p.line()).containsExactly(9, 14, 20, 27);
        assertThat(byId(load, "ok-1").zone().getId()).isEqualTo("UTC");
    }

    @Test
    void anHtmlPageIsRefusedWithAClearMessage() {
        CalendarSourceConfig config = CalendarSourceConfig.builder("feed", SourceType.ICS, "x").build();

        assertThatThrownBy(() -> new IcsReader(config).read(fixture("not-a-calendar.html"), FROM, TO))
                .isInstanceOf(CalendarReadException.class)
                .hasMessageContaining("HTML");
    }

    @Test
    void fingerprintIgnoresDtstampChurnButSeesRealChanges() throws Exception {
        String body = fixture("google-export.ics");
        String refetched = body.replace("DTSTAMP:20250601T101010Z", "DTSTAMP:20251128T171500Z");
        String moved = body.replace("DTSTART:20250614T130000Z", "DTSTART:20250614T140000Z");

        assertThat(IcsText.fingerprint(refetched)).isEqualTo(IcsText.fingerprint(body));
        assertThat(IcsText.fingerprint(moved)).isNotEqualTo(IcsText.fingerprint(body));
    }

    @Test
    void weddingsCanBeListed() throws Exception {
        List<Wedding> all = read("google-export.ics").weddings();
        assertThat(all).hasSize(5);
    }
}
