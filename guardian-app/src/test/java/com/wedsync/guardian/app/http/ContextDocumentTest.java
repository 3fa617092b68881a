package com.wedsync.guardian.app.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.wedsync.guardian.app.cli.GuardianCommand;
import com.wedsync.guardian.app.runtime.CalendarStatus;
import com.wedsync.guardian.calendar.CalendarArgument;
import com.wedsync.guardian.testing.Eventually;
import com.wedsync.guardian.wedding.ContextPolicy;
import com.wedsync.guardian.wedding.PeakSeason;
import com.wedsync.guardian.wedding.SeasonRule;
import com.wedsync.guardian.wedding.WeddingCalendar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13, item 5: {@code guardian context --json} and {@code GET /api/context} give the same document for the same
 * calendar and instant (the API adds only its live calendar's freshness, which a one-shot read has not).
 */
class ContextDocumentTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    // During a Saturday wedding in Lisbon (13:00-23:00 local), with another the next day in Sydney.
    private static final Instant AT = Instant.parse("2026-06-13T15:00:00Z");
    private static final String CALENDAR = String.join("\r\n",
            "BEGIN:VCALENDAR", "VERSION:2.0",
            "BEGIN:VEVENT", "UID:lisbon", "SUMMARY:Rita & Joao", "LOCATION:Sintra", "X-WEDSYNC-GUESTS:140",
            "DTSTART;TZID=Europe/Lisbon:20260613T130000", "DTEND;TZID=Europe/Lisbon:20260613T230000", "END:VEVENT",
            "BEGIN:VEVENT", "UID:sydney", "SUMMARY:Mia & Tom", "LOCATION:Manly", "X-WEDSYNC-GUESTS:60",
            "DTSTART;TZID=Australia/Sydney:20260614T150000", "DTEND;TZID=Australia/Sydney:20260614T220000", "END:VEVENT",
            "END:VCALENDAR", "");

    @TempDir
    Path dir;

    @Test
    void theCliAndTheApiGiveTheSameContextDocument() throws Exception {
        Path ics = Files.writeString(dir.resolve("weddings.ics"), CALENDAR);
        StringWriter out = new StringWriter();
        CommandLine cli = GuardianCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(new StringWriter(), true));
        assertThat(cli.execute("context", "--calendar", ics.toString(), "--at", AT.toString(), "--json")).isZero();
        JsonNode fromCli = JSON.readTree(out.toString());

        var weddings = CalendarArgument.resolve(ics.toString(), null).load(AT.minus(Duration.ofDays(2)),
                AT.plus(Duration.ofDays(3))).weddings();
        // The CLI's policy: peak season by the northern hemisphere in UTC, no home zones.
        ContextPolicy policy = ContextPolicy.builder()
                .season(new SeasonRule("calendar", ZoneId.of("UTC"), PeakSeason.of(PeakSeason.Hemisphere.NORTHERN))).build();
        try (ApiFixture fx = ApiFixture.start(ApiFixture.ALERTS_TO_LOG, b -> b.clock(Clock.systemUTC())
                .venueClock(Clock.fixed(AT, ZoneOffset.UTC))
                .calendar(CalendarStatus.fixed(WeddingCalendar.of(weddings), AT), policy))) {
            Eventually.await(Duration.ofSeconds(10), "a context computed from the calendar",
                    () -> !fx.guardian.view().context().inProgress().isEmpty());
            ObjectNode fromApi = (ObjectNode) JSON.readTree(fx.get("/api/context").body());

            assertThat(fromCli.get("level").asText()).isEqualTo("CRITICAL");
            assertThat(fromCli.has("calendar")).isFalse();
            assertThat(fromApi.remove("calendar").path("weddings").asInt()).isEqualTo(2);
            assertThat(fromApi).isEqualTo(fromCli);
        }
    }
}
