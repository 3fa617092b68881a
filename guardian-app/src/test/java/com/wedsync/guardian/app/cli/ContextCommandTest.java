package com.wedsync.guardian.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static com.wedsync.guardian.app.cli.CalendarCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

/** Issue 3, CLI: {@code guardian context}, right around midnight in zones far from UTC. */
class ContextCommandTest {

    // Saturday 2025-06-14 15:00-22:00 on Kiritimati (UTC+14) is Friday 01:00-08:00 UTC.
    static final String KIRITIMATI = String.join("\r\n",
            "BEGIN:VCALENDAR", "VERSION:2.0",
            "BEGIN:VEVENT", "UID:k1", "SUMMARY:Teuea wedding", "LOCATION:Lagoon", "X-WEDSYNC-GUESTS:80",
            "DTSTART;TZID=Pacific/Kiritimati:20250614T150000", "DTEND;TZID=Pacific/Kiritimati:20250614T220000", "END:VEVENT",
            "END:VCALENDAR", "");

    @TempDir
    Path dir;

    @Test
    void jsonHasExactlyTheIssuesFieldsAndFollowsTheVenuesDate() throws Exception {
        Path f = Files.writeString(dir.resolve("k.ics"), KIRITIMATI);

        // 2025-06-13T09:59:59Z is Friday 23:59:59 on Kiritimati; a second later it is the wedding day.
        var before = run("context", "--calendar", f.toString(), "--at", "2025-06-13T09:59:59Z", "--json");
        var after = run("context", "--calendar", f.toString(), "--at", "2025-06-13T10:00:00Z", "--json");
        var during = run("context", "--calendar", f.toString(), "--at", "2025-06-14T02:00:00Z", "--json",
                "--pool-health", "DOWN");

        JsonNode b = new ObjectMapper().readTree(before.out());
        assertThat(before.exit()).as(before.err()).isZero();
        List<String> fields = new java.util.ArrayList<>();
        b.fieldNames().forEachRemaining(fields::add);
        // Issue 13: the one context document of the CLI and GET /api/context also carries its instant and the venues.
        assertThat(fields).containsExactly("at", "criticality", "level", "protectedWindow", "peakSeason", "weddingsInProgress",
                "weddingsToday", "weddingsTomorrow", "guestsAtRisk", "vendorsAtRisk", "venues", "reasons");
        assertThat(b.get("criticality").asInt()).isEqualTo(2);
        assertThat(b.get("level").asText()).isEqualTo("ELEVATED");
        assertThat(b.get("weddingsTomorrow").get(0).get("id").asText()).isEqualTo("k1");

        JsonNode a = new ObjectMapper().readTree(after.out());
        assertThat(a.get("criticality").asInt()).isEqualTo(3);
        assertThat(a.get("guestsAtRisk").asInt()).isEqualTo(80);
        assertThat(a.get("protectedWindow").asBoolean()).isFalse(); // 00:00 local: before 08:00

        JsonNode d = new ObjectMapper().readTree(during.out());
        assertThat(d.get("level").asText()).isEqualTo("EMERGENCY");
        assertThat(d.get("protectedWindow").asBoolean()).isTrue();
        assertThat(d.get("weddingsInProgress").get(0).get("localStart").asText()).isEqualTo("2025-06-14T15:00:00");
    }

    @Test
    void saturdayIsProtectedInAHomeZoneWithAnEmptyCalendar() throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.ics"), "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n");

        var r = run("context", "--calendar", empty.toString(), "--at", "2025-06-14T09:00:00Z", "--home-zone", "Europe/London");

        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("criticality       1 ROUTINE").contains("protected window  yes")
                .contains("Saturday").contains("Europe/London");
    }

    @Test
    void badInstantExitsTwoWithAMessage() throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.ics"), "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n");

        var r = run("context", "--calendar", empty.toString(), "--at", "noon");

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--at must be an instant like 2025-06-14T13:00:00Z, but was 'noon'");
    }
}
