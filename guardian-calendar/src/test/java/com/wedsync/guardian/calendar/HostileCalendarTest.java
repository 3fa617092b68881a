package com.wedsync.guardian.calendar;

import com.wedsync.guardian.calendar.ics.IcsReader;
import com.wedsync.guardian.wedding.ContextAnalyzer;
import com.wedsync.guardian.wedding.ContextPolicy;
import com.wedsync.guardian.wedding.Wedding;
import com.wedsync.guardian.wedding.WeddingCalendar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Issue 10, items 1, 2 and 9: calendars built to hurt. Each is refused or reported by name, within a bound of
 * work (the time-outs are generous ceilings against a hang, not speed measurements).
 */
class HostileCalendarTest {

    private static final Instant FROM = Instant.parse("2025-01-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2026-02-05T00:00:00Z");

    @TempDir
    Path dir;

    /** {@code n} series of one rule, all starting at {@code start} (UTC, yyyyMMdd'T'HHmmss'Z'). */
    static String series(int n, String rule, String start) {
        StringBuilder sb = new StringBuilder("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n");
        for (int i = 0; i < n; i++) {
            sb.append("BEGIN:VEVENT\r\nUID:s").append(i).append("\r\nSUMMARY:x\r\nDTSTART:").append(start)
                    .append("\r\nDURATION:PT1H\r\nRRULE:").append(rule).append("\r\nEND:VEVENT\r\n");
        }
        return sb.append("END:VCALENDAR\r\n").toString();
    }

    private static IcsReader reader(CalendarSourceConfig.Builder b) {
        return new IcsReader(b.build());
    }

    private static CalendarSourceConfig.Builder source() {
        return CalendarSourceConfig.builder("hostile", SourceType.ICS, "hostile.ics");
    }

    @Test
    @Timeout(60)
    void twoThousandHourlySeriesAreRefusedAtTheWeddingLimitInsteadOfFillingTheHeap() {
        String feed = series(2000, "FREQ=HOURLY", "20250601T100000Z");
        assertThat(feed.length()).isBetween(200_000, 260_000);

        assertThatThrownBy(() -> reader(source()).read(feed, FROM, TO))
                .isInstanceOf(CalendarReadException.class)
                .hasMessage("calendar 'hostile' holds more than 100000 weddings in its window (maxWeddings); refused,"
                        + " the last good copy is kept");
    }

    @Test
    void aSourceOverItsLimitKeepsItsLastGoodCopyAndSaysWhy() throws Exception {
        Path file = dir.resolve("feed.ics");
        Files.writeString(file, series(1, "FREQ=WEEKLY;COUNT=3", "20250607T140000Z"));
        CalendarSourceConfig config = CalendarSourceConfig.builder("feed", SourceType.ICS, file.toString())
                .maxWeddings(500).pollInterval(Duration.ofMinutes(1)).build();
        RefreshingCalendar calendar = RefreshingCalendar.of(List.of(config));
        calendar.refresh(Instant.parse("2025-06-01T00:00:00Z"));
        assertThat(calendar.calendar().weddings()).hasSize(3);

        Files.writeString(file, series(20, "FREQ=HOURLY", "20250601T100000Z"));
        calendar.refresh(Instant.parse("2025-06-01T00:05:00Z"));

        assertThat(calendar.calendar().weddings()).as("the last good copy").hasSize(3);
        assertThat(calendar.problems()).extracting(CalendarProblem::message)
                .containsExactly("calendar 'feed' holds more than 500 weddings in its window (maxWeddings); refused,"
                        + " the last good copy is kept");
    }

    @Test
    void aFeedRefusedForItsSizeStaysRefusedUntilItChangesAndA304NeverBringsBackTheOldCopy() throws Exception {
        try (LoopbackFeed feed = new LoopbackFeed()) {
            feed.body.set(series(1, "FREQ=WEEKLY;COUNT=3", "20250607T140000Z"));
            CalendarSourceConfig config = CalendarSourceConfig.builder("feed", SourceType.ICS, feed.url())
                    .maxWeddings(500).pollInterval(Duration.ofMinutes(1)).build();
            RefreshingCalendar calendar = RefreshingCalendar.of(List.of(config));
            Instant t0 = Instant.parse("2025-06-01T00:00:00Z");
            calendar.refresh(t0);

            feed.body.set(series(20, "FREQ=HOURLY", "20250601T100000Z"));
            feed.etag.set("\"v2\"");
            calendar.refresh(t0.plus(Duration.ofMinutes(2)));
            calendar.refresh(t0.plus(Duration.ofMinutes(4)));

            assertThat(feed.ifNoneMatch).as("the refused text's validator is never sent").doesNotContain("\"v2\"");
            assertThat(calendar.calendar().weddings()).as("the last good copy").hasSize(3);
            assertThat(calendar.problems()).extracting(CalendarProblem::message).containsExactly("calendar 'feed'"
                    + " holds more than 500 weddings in its window (maxWeddings); refused, the last good copy is kept");
        }
    }

    @Test
    @Timeout(30)
    void aSecondlySeriesWithByPartsFromDecadesBackIsSkippedAndReported() throws Exception {
        CalendarLoad load = reader(source()).read(series(1, "FREQ=SECONDLY;BYHOUR=3", "19700101T100000Z"), FROM, TO);

        assertThat(load.weddings()).isEmpty();
        assertThat(load.problems()).extracting(CalendarProblem::message).containsExactly("series 'x' repeats more"
                + " often than daily with a rule the guardian does not expand ('FREQ=SECONDLY;BYHOUR=3'); series skipped");
    }

    @Test
    @Timeout(30)
    void anHourlySeriesPastTheCapIsReportedNotSilentlyCut() throws Exception {
        CalendarLoad load = reader(source()).read(series(1, "FREQ=HOURLY", "19700101T100000Z"), FROM, TO);

        // Cut at 2,000 from a day before the window (the margin for zone offsets): 1,977 of them are in it.
        assertThat(load.weddings()).hasSize(1977);
        assertThat(load.weddings().get(0).start()).isEqualTo(FROM);
        assertThat(load.problems()).extracting(CalendarProblem::message).containsExactly(
                "series 'x' has more than 2000 occurrences in the window; only the first 1977 are kept");
    }

    @Test
    void aMinutelySeriesInTheWindowIsExpandedExactly() throws Exception {
        CalendarLoad load = reader(source()).read(series(1, "FREQ=MINUTELY;INTERVAL=30;COUNT=4", "20250601T100000Z"),
                FROM, TO);

        assertThat(load.problems()).isEmpty();
        assertThat(load.weddings()).extracting(Wedding::start).containsExactly(
                Instant.parse("2025-06-01T10:00:00Z"), Instant.parse("2025-06-01T10:30:00Z"),
                Instant.parse("2025-06-01T11:00:00Z"), Instant.parse("2025-06-01T11:30:00Z"));
    }

    @Test
    void aDailyRuleOnOneWeekdayIsThatWeekdayOnly() throws Exception {
        CalendarLoad load = reader(source()).read(series(1, "FREQ=DAILY;BYDAY=SA;COUNT=2", "20250607T140000Z"),
                FROM, TO);

        assertThat(load.weddings()).extracting(Wedding::start).containsExactly(
                Instant.parse("2025-06-07T14:00:00Z"), Instant.parse("2025-06-14T14:00:00Z"));
    }

    @Test
    void fiftyThousandNestedComponentsAreAProblemNotAStackOverflow() throws Exception {
        String feed = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n" + "BEGIN:X-NEST\r\n".repeat(50_000)
                + "END:X-NEST\r\n".repeat(50_000) + "END:VCALENDAR\r\n";

        CalendarLoad load = reader(source()).read(feed, FROM, TO);

        assertThat(load.weddings()).isEmpty();
        assertThat(load.problems()).singleElement().satisfies(p -> {
            assertThat(p.message()).contains("components nested deeper than 16 levels");
            assertThat(p.line()).as("the 16th X-NEST, under VCALENDAR and 15 others").isEqualTo(18);
        });
    }

    @Test
    void aDeviceIsRefusedByNameAsACalendarPath() {
        assumeTrue(Files.exists(Path.of("/dev/zero")), "needs /dev/zero");
        CalendarSource zero = CalendarSources.create(CalendarSourceConfig.builder("zero", SourceType.ICS, "/dev/zero")
                .build());

        assertThatThrownBy(() -> zero.load(FROM, TO)).isInstanceOf(CalendarReadException.class)
                .hasMessage("calendar 'zero' (/dev/zero) is not a regular file (a directory, device or pipe); refused");
    }

    @Test
    @Timeout(20)
    void aFifoIsRefusedByNameWithoutWaitingForAWriter() throws Exception {
        Path fifo = dir.resolve("weddings.csv");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(mk.waitFor() == 0, "needs mkfifo");
        CalendarSource source = CalendarSources.create(CalendarSourceConfig.builder("pipe", SourceType.CSV,
                fifo.toString()).build());

        assertThatThrownBy(() -> source.load(FROM, TO)).isInstanceOf(CalendarReadException.class)
                .hasMessageContaining("is not a regular file");
    }

    @Test
    void hugeGuestCountsAreBoundedReportedAndNeverSumNegative() throws Exception {
        String feed = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"
                + event("a", "2147483647") + event("b", "2147483647") + "END:VCALENDAR\r\n";

        CalendarLoad load = reader(source()).read(feed, FROM, TO);

        assertThat(load.weddings()).extracting(Wedding::guests).containsOnly(CalendarSourceConfig.DEFAULT_GUESTS);
        assertThat(load.problems()).extracting(CalendarProblem::message).contains("X-WEDSYNC-GUESTS of event 'a' must"
                + " be a whole number from 0 to 100000, but was '2147483647'");
        assertThat(new ContextAnalyzer(ContextPolicy.defaults())
                .analyze(WeddingCalendar.of(load.weddings()), Instant.parse("2025-06-07T15:00:00Z")).guestsAtRisk())
                .isEqualTo(2 * CalendarSourceConfig.DEFAULT_GUESTS);
    }

    @Test
    void guestsAtRiskOfManyLargeWeddingsSaturatesInsteadOfWrapping() {
        List<Wedding> weddings = new ArrayList<>();
        Instant start = Instant.parse("2025-06-07T14:00:00Z");
        for (int i = 0; i < 25_000; i++) {
            weddings.add(new Wedding("w" + i, "x", start, start.plus(Duration.ofHours(8)), ZoneOffset.UTC, false,
                    Wedding.MAX_GUESTS, 0, "", "s"));
        }

        assertThat(new ContextAnalyzer(ContextPolicy.defaults()).analyze(WeddingCalendar.of(weddings),
                start.plus(Duration.ofHours(1))).guestsAtRisk()).isEqualTo(Integer.MAX_VALUE);
    }

    private static String event(String uid, String guests) {
        return "BEGIN:VEVENT\r\nUID:" + uid + "\r\nSUMMARY:" + uid + "\r\nDTSTART:20250607T140000Z\r\n"
                + "DTEND:20250607T220000Z\r\nX-WEDSYNC-GUESTS:" + guests + "\r\nEND:VEVENT\r\n";
    }
}
