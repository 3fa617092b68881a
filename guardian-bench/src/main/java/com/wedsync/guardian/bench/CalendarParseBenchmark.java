package com.wedsync.guardian.bench;

import com.wedsync.guardian.calendar.CalendarLoad;
import com.wedsync.guardian.calendar.CalendarSourceConfig;
import com.wedsync.guardian.calendar.SourceType;
import com.wedsync.guardian.calendar.ics.IcsReader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * Issue 3, Measure: parsing and expanding a feed of 5,000 weddings and 500 recurring series over a
 * year, within 1 s and 256 MB of heap (the fork runs with -Xmx256m). The feed is generated here:
 * weddings spread over a year in eight venue zones, Saturday-heavy; each series is weekly for a year
 * with one EXDATE and one moved instance (RECURRENCE-ID), as an Apple or Google export writes them.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx256m", "-Xms256m"})
public class CalendarParseBenchmark {

    static final int WEDDINGS = 5_000;
    static final int SERIES = 500;
    static final String[] ZONES = {"Europe/London", "America/New_York", "Australia/Sydney", "Asia/Kolkata",
            "Pacific/Auckland", "America/Los_Angeles", "Europe/Paris", "Asia/Kathmandu"};
    static final Instant FROM = Instant.parse("2026-01-01T00:00:00Z");
    static final Instant TO = Instant.parse("2027-01-01T00:00:00Z");
    private static final DateTimeFormatter ICS = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss");

    private String feed;
    private IcsReader reader;

    @Setup(Level.Trial)
    public void generate() {
        feed = feed(WEDDINGS, SERIES);
        reader = new IcsReader(CalendarSourceConfig.builder("bench", SourceType.ICS, "bench.ics").build());
        try {
            CalendarLoad load = reader.read(feed, FROM, TO);
            // A feed that fails to parse would make the figure meaningless.
            if (!load.problems().isEmpty() || load.weddings().size() < WEDDINGS + SERIES * 50) {
                throw new IllegalStateException("generated feed read badly: " + load.weddings().size()
                        + " weddings, problems " + load.problems());
            }
            System.out.printf("feed: %,d bytes, %,d weddings after expansion%n", feed.length(), load.weddings().size());
        } catch (com.wedsync.guardian.calendar.CalendarReadException e) {
            throw new IllegalStateException(e);
        }
    }

    static String feed(int weddings, int series) {
        Random random = new Random(42);
        StringBuilder sb = new StringBuilder(weddings * 400 + series * 900);
        sb.append("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//WedSync//bench//EN\r\nX-WR-TIMEZONE:Europe/London\r\n");
        LocalDateTime base = LocalDateTime.of(2026, 1, 3, 15, 0); // a Saturday
        for (int i = 0; i < weddings; i++) {
            String zone = ZONES[i % ZONES.length];
            // Two in three on a Saturday, the rest on any day.
            LocalDateTime start = random.nextInt(3) < 2
                    ? base.plusWeeks(random.nextInt(52))
                    : base.plusDays(random.nextInt(364)).withHour(11 + random.nextInt(6));
            event(sb, "w" + i + "@bench", "Wedding " + i, zone, start, start.plusHours(7), null, null,
                    "Guests: " + (60 + random.nextInt(200)) + "\\nVendors: " + (8 + random.nextInt(12)));
        }
        for (int s = 0; s < series; s++) {
            String zone = ZONES[s % ZONES.length];
            LocalDateTime start = base.withHour(12 + s % 5);
            String uid = "s" + s + "@bench";
            sb.append("BEGIN:VEVENT\r\nUID:").append(uid).append("\r\nSUMMARY:Saturday slot ").append(s)
                    .append("\r\nDTSTART;TZID=").append(zone).append(':').append(start.format(ICS))
                    .append("\r\nDTEND;TZID=").append(zone).append(':').append(start.plusHours(6).format(ICS))
                    .append("\r\nRRULE:FREQ=WEEKLY;COUNT=52;BYDAY=SA")
                    .append("\r\nEXDATE;TZID=").append(zone).append(':').append(start.plusWeeks(10).format(ICS))
                    .append("\r\nDTSTAMP:20251201T000000Z\r\nEND:VEVENT\r\n");
            LocalDateTime original = start.plusWeeks(20);
            event(sb, uid, "Saturday slot " + s + " (moved)", zone, original.plusDays(1), original.plusDays(1).plusHours(6),
                    original, zone, "");
        }
        sb.append("END:VCALENDAR\r\n");
        return sb.toString();
    }

    private static void event(StringBuilder sb, String uid, String summary, String zone, LocalDateTime start,
                              LocalDateTime end, LocalDateTime recurrenceId, String ridZone, String description) {
        sb.append("BEGIN:VEVENT\r\nUID:").append(uid).append("\r\nSUMMARY:").append(summary);
        if (recurrenceId != null) {
            sb.append("\r\nRECURRENCE-ID;TZID=").append(ridZone).append(':').append(recurrenceId.format(ICS));
        }
        sb.append("\r\nDTSTART;TZID=").append(zone).append(':').append(start.format(ICS))
                .append("\r\nDTEND;TZID=").append(zone).append(':').append(end.format(ICS))
                .append("\r\nLOCATION:Venue ").append(uid.hashCode() & 0xff)
                .append("\r\nDESCRIPTION:").append(description)
                .append("\r\nDTSTAMP:20251201T000000Z\r\nSTATUS:CONFIRMED\r\nEND:VEVENT\r\n");
    }

    @Benchmark
    public CalendarLoad parseAndExpandAYear() throws Exception {
        return reader.read(feed, FROM, TO);
    }
}
