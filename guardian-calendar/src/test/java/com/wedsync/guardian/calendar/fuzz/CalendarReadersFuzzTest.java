package com.wedsync.guardian.calendar.fuzz;

import com.wedsync.guardian.calendar.CalendarLoad;
import com.wedsync.guardian.calendar.CalendarReadException;
import com.wedsync.guardian.calendar.CalendarSourceConfig;
import com.wedsync.guardian.calendar.CalendarSources;
import com.wedsync.guardian.calendar.SourceType;
import com.wedsync.guardian.calendar.ics.IcsReader;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Issue 10, item 10: property-based fuzzing of the calendar readers. Whatever the text, a read gives a
 * {@link CalendarLoad} (bad events as problems) or a {@link CalendarReadException}, never anything else,
 * and within a ceiling of time (a guard against a hang, not a speed measurement). The texts are built from
 * the pieces real feeds are made of, shuffled, repeated, cut and mangled. A short campaign runs in every
 * {@code ./mvnw verify} (tries in {@code junit-platform.properties}); inputs it found are the examples below.
 */
class CalendarReadersFuzzTest {

    private static final Instant FROM = Instant.parse("2025-01-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2026-02-05T00:00:00Z");
    private static final Duration CEILING = Duration.ofSeconds(20);

    private final IcsReader ics = new IcsReader(CalendarSourceConfig.builder("fuzz", SourceType.ICS, "fuzz.ics")
            .maxWeddings(20_000).build());

    @Property
    void anyIcsTextReadsOrIsRefusedByName(@ForAll("icsTexts") String text) {
        readsOrIsRefused(() -> ics.read(text, FROM, TO));
    }

    @Property(tries = 100)
    void anyJsonFileReadsOrIsRefusedByName(@ForAll("jsonTexts") String text) {
        readsOrIsRefused(() -> recordFile(SourceType.JSON, text));
    }

    @Property(tries = 100)
    void anyCsvFileReadsOrIsRefusedByName(@ForAll("csvTexts") String text) {
        readsOrIsRefused(() -> recordFile(SourceType.CSV, text));
    }

    /** Found by the campaign: a rule of seconds with BY parts from 1970 (ical4j walked it for minutes). */
    @Example
    void secondlyRuleWithByHourFromTheEpoch() {
        readsOrIsRefused(() -> ics.read(calendar(event("19700101T000000Z", "FREQ=SECONDLY;BYHOUR=3")), FROM, TO));
    }

    /** Found by the campaign: components nested until ical4j's recursion overflowed the stack. */
    @Example
    void deeplyNestedComponents() {
        readsOrIsRefused(() -> ics.read("BEGIN:VCALENDAR\r\n" + "BEGIN:VEVENT\r\n".repeat(20_000), FROM, TO));
    }

    private static void readsOrIsRefused(Callable<CalendarLoad> read) {
        assertTimeoutPreemptively(CEILING, () -> {
            try {
                CalendarLoad load = read.call();
                assertThat(load.weddings()).isNotNull();
                load.problems().forEach(p -> assertThat(p.message()).isNotBlank());
            } catch (CalendarReadException refused) {
                assertThat(refused.getMessage()).contains("'fuzz'");
            }
        });
    }

    private static CalendarLoad recordFile(SourceType type, String text) throws CalendarReadException {
        try {
            Path file = Files.createTempFile("fuzz", type == SourceType.JSON ? ".json" : ".csv");
            try {
                Files.writeString(file, text);
                return CalendarSources.create(CalendarSourceConfig.builder("fuzz", type, file.toString()).build())
                        .load(FROM, TO);
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Provide
    Arbitrary<String> icsTexts() {
        Arbitrary<String> line = Arbitraries.oneOf(
                Arbitraries.of("BEGIN:VCALENDAR", "END:VCALENDAR", "BEGIN:VEVENT", "END:VEVENT", "BEGIN:VTIMEZONE",
                        "END:VTIMEZONE", "BEGIN:STANDARD", "END:STANDARD", "BEGIN:VALARM", "END:VALARM",
                        "STATUS:CANCELLED", "X-WR-TIMEZONE:Europe/London", "TZID:Europe/Paris", "TZOFFSETTO:+0100",
                        "DURATION:PT8H", "DURATION:P1D", "DURATION:-PT1H", "X-WEDSYNC-GUESTS:2147483647",
                        "X-WEDSYNC-GUESTS:-3", "X-WEDSYNC-VENDORS:1e9", "DESCRIPTION:guests: 999999", " folded",
                        "\tfolded", ""),
                Combinators.combine(Arbitraries.of("DTSTART", "DTEND", "RECURRENCE-ID", "EXDATE", "RDATE",
                                "DTSTART;TZID=Europe/London", "DTSTART;VALUE=DATE", "DTSTART;TZID=Nowhere/Else"),
                        dates()).as((k, v) -> k + ":" + v),
                rrules().map(r -> "RRULE:" + r),
                Arbitraries.strings().ofMaxLength(40).map(s -> "UID:" + s),
                Arbitraries.strings().ofMaxLength(60));
        Arbitrary<String> events = Combinators.combine(dates(), rrules()).as(CalendarReadersFuzzTest::event);
        return Arbitraries.oneOf(
                line.list().ofMaxSize(80).map(l -> "BEGIN:VCALENDAR\r\n" + String.join("\r\n", l)),
                events.list().ofMaxSize(30).map(e -> calendar(String.join("", e))),
                line.list().ofMaxSize(40).map(l -> String.join("\n", l)));
    }

    @Provide
    Arbitrary<String> jsonTexts() {
        Arbitrary<String> value = Arbitraries.oneOf(Arbitraries.of("null", "true", "1e309", "-1", "2147483648",
                        "9999999999999999999999", "\"2025-06-07T14:00:00Z\"", "\"2025-06-07\"", "\"Europe/London\"",
                        "\"x\"", "[]", "{}", "[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]"),
                Arbitraries.strings().ofMaxLength(20).map(s -> "\"" + s.replace("\\", "").replace("\"", "") + "\""));
        Arbitrary<String> field = Combinators.combine(Arbitraries.of("id", "title", "start", "end", "timeZone",
                "guests", "vendors", "venue", "status", "x"), value).as((k, v) -> "\"" + k + "\": " + v);
        Arbitrary<String> record = field.list().ofMaxSize(9).map(f -> "{" + String.join(", ", f) + "}");
        return Arbitraries.oneOf(
                record.list().ofMaxSize(40).map(r -> "[" + String.join(",\n", r) + "]"),
                record.list().ofMaxSize(10).map(r -> "{\"weddings\": [" + String.join(",", r) + "]}"),
                Arbitraries.strings().ofMaxLength(200));
    }

    @Provide
    Arbitrary<String> csvTexts() {
        Arbitrary<String> cell = Arbitraries.oneOf(Arbitraries.of("", "w1", "2025-06-07T14:00:00Z", "2025-06-07",
                "Europe/London", "-1", "2147483648", "\"quoted, comma\"", "\"unclosed"),
                Arbitraries.strings().ofMaxLength(15));
        Arbitrary<String> row = cell.list().ofMaxSize(10).map(c -> String.join(",", c));
        return row.list().ofMaxSize(40).map(r -> "id,title,start,end,timeZone,guests,vendors,venue,status\n"
                + String.join("\n", r));
    }

    private static Arbitrary<String> dates() {
        return Arbitraries.oneOf(Arbitraries.of("20250607T140000Z", "20250607T140000", "20250607", "19700101T000000Z",
                        "99991231T235959Z", "00010101T000000Z", "20250230T250000", "2025", "", "20250607T1400"),
                Arbitraries.strings().numeric().ofMaxLength(16));
    }

    private static Arbitrary<String> rrules() {
        Arbitrary<String> part = Arbitraries.oneOf(
                Arbitraries.of("SECONDLY", "MINUTELY", "HOURLY", "DAILY", "WEEKLY", "MONTHLY", "YEARLY", "FORTNIGHTLY")
                        .map(f -> "FREQ=" + f),
                Arbitraries.integers().between(-2, 100_000).map(n -> "INTERVAL=" + n),
                Arbitraries.integers().between(-2, 2_000_000_000).map(n -> "COUNT=" + n),
                Arbitraries.of("UNTIL=20251231T000000Z", "UNTIL=19700101", "UNTIL=garbage", "BYDAY=SA", "BYDAY=MO,TU,WE",
                        "BYDAY=-1SU", "BYMONTHDAY=31", "BYMONTHDAY=-1", "BYHOUR=3", "BYMINUTE=0,30", "BYSECOND=59",
                        "BYSETPOS=-1", "BYWEEKNO=53", "BYYEARDAY=366", "WKST=SU", "BYMONTH=2"));
        return part.list().ofMinSize(1).ofMaxSize(5).map(p -> String.join(";", p));
    }

    private static String event(String start, String rule) {
        return "BEGIN:VEVENT\r\nUID:" + Integer.toHexString((start + rule).hashCode()) + "\r\nSUMMARY:Wedding\r\n"
                + "DTSTART:" + start + "\r\nDURATION:PT8H\r\nRRULE:" + rule + "\r\nEND:VEVENT\r\n";
    }

    private static String calendar(String events) {
        return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n" + events + "END:VCALENDAR\r\n";
    }

}
