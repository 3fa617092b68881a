package com.wedsync.guardian.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 3, CLI: {@code guardian calendar inspect}. */
class CalendarCommandTest {

    static final String OUTLOOK = String.join("\r\n",
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:Microsoft Exchange Server 2010",
            "BEGIN:VEVENT", "UID:ex-1", "SUMMARY:Nguyen wedding", "LOCATION:Harbour View",
            "DTSTART;TZID=AUS Eastern Standard Time:20251108T150000",
            "DTEND;TZID=AUS Eastern Standard Time:20251108T230000",
            "DESCRIPTION:Guests: 180\\nVendors: 16", "END:VEVENT",
            "BEGIN:VEVENT", "UID:ex-2", "SUMMARY:All day", "DTSTART;VALUE=DATE:20251109", "END:VEVENT",
            "END:VCALENDAR", "");

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cl = GuardianCommand.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void jsonListsEveryWeddingWithUtcAndLocalTimes() throws Exception {
        Path f = Files.writeString(dir.resolve("outlook.ics"), OUTLOOK);

        Run r = run("calendar", "inspect", f.toString(), "--from", "2025-11-01", "--to", "2025-11-30", "--json");

        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode doc = new ObjectMapper().readTree(r.out());
        JsonNode w = doc.get("weddings").get(0);
        assertThat(w.get("id").asText()).isEqualTo("ex-1");
        assertThat(w.get("start").asText()).isEqualTo("2025-11-08T04:00:00Z");
        assertThat(w.get("end").asText()).isEqualTo("2025-11-08T12:00:00Z");
        assertThat(w.get("zone").asText()).isEqualTo("Australia/Sydney");
        assertThat(w.get("localStart").asText()).isEqualTo("2025-11-08T15:00:00");
        assertThat(w.get("localEnd").asText()).isEqualTo("2025-11-08T23:00:00");
        assertThat(w.get("allDay").asBoolean()).isFalse();
        assertThat(w.get("guests").asInt()).isEqualTo(180);
        assertThat(w.get("vendors").asInt()).isEqualTo(16);
        assertThat(w.get("venue").asText()).isEqualTo("Harbour View");
        assertThat(doc.get("weddings").get(1).get("allDay").asBoolean()).isTrue();
        assertThat(doc.get("problems")).isEmpty();
    }

    @Test
    void tableIsReadable() throws Exception {
        Path f = Files.writeString(dir.resolve("outlook.ics"), OUTLOOK);

        Run r = run("calendar", "inspect", f.toUri().toString(), "--from", "2025-11-01", "--to", "2025-11-30");

        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("START (UTC)").contains("2025-11-08T04:00:00Z").contains("2025-11-08T15:00:00")
                .contains("Australia/Sydney").contains("Nguyen wedding").contains("2 wedding(s)");
    }

    @Test
    void malformedFileListsProblemsAndExitsTwoWithoutAStackTrace() throws Exception {
        Path f = Files.writeString(dir.resolve("bad.ics"), String.join("\r\n",
                "BEGIN:VCALENDAR", "VERSION:2.0",
                "BEGIN:VEVENT", "UID:a", "SUMMARY:Good", "DTSTART:20251108T040000Z", "DTEND:20251108T120000Z", "END:VEVENT",
                "BEGIN:VEVENT", "UID:b", "SUMMARY:Mars", "DTSTART;TZID=Mars/Base:20251108T150000", "END:VEVENT",
                "BEGIN:VEVENT", "UID:c", "SUMMARY:Broken", "DTSTART:yesterday", "END:VEVENT",
                "END:VCALENDAR", ""));

        Run r = run("calendar", "inspect", f.toString(), "--from", "2025-11-01", "--to", "2025-11-30", "--json");

        assertThat(r.exit()).isEqualTo(GuardianCommand.EXIT_BAD_INPUT);
        JsonNode doc = new ObjectMapper().readTree(r.out());
        assertThat(doc.get("weddings")).hasSize(1);
        assertThat(doc.get("problems")).hasSize(2);
        assertThat(doc.get("problems").get(0).get("line").asInt()).isEqualTo(9);
        assertThat(doc.get("problems").get(0).get("message").asText()).contains("Mars/Base");
        assertThat(r.err()).contains("problem: line 9").contains("problem: line 14").doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void unreadableSourcesAndBadOptionsExitTwoWithAMessage() throws Exception {
        Path html = Files.writeString(dir.resolve("page.ics"), "<html><body>login</body></html>");

        Run page = run("calendar", "inspect", html.toString());
        Run missing = run("calendar", "inspect", dir.resolve("nope.ics").toString());
        Run badDate = run("calendar", "inspect", html.toString(), "--from", "June");

        assertThat(page.exit()).isEqualTo(2);
        assertThat(page.err()).contains("HTML").doesNotContain("Exception");
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("no such file");
        assertThat(badDate.exit()).isEqualTo(2);
        assertThat(badDate.err()).contains("--from must be a date like 2025-06-14, but was 'June'");
    }

    @Test
    void withoutFromAndToItSaysHowManyWeddingsLieOutsideTheDefaultWindowAndWhen() throws Exception {
        Path f = Files.writeString(dir.resolve("2020.ics"), String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0",
                "BEGIN:VEVENT", "UID:a", "SUMMARY:June", "DTSTART:20200613T140000Z", "DTEND:20200613T220000Z", "END:VEVENT",
                "BEGIN:VEVENT", "UID:b", "SUMMARY:September", "DTSTART:20200905T140000Z", "DTEND:20200905T220000Z", "END:VEVENT",
                "END:VCALENDAR", ""));

        Run table = run("calendar", "inspect", f.toString());
        Run json = run("calendar", "inspect", f.toString(), "--json");
        Run asked = run("calendar", "inspect", f.toString(), "--from", "2020-06-01", "--to", "2020-06-30");

        assertThat(table.exit()).as(table.err()).isZero();
        assertThat(table.out()).contains("0 wedding(s) from ")
                .contains("; 2 lie outside this window, from 2020-06-13 to 2020-09-05: use --from/--to");
        JsonNode outside = new ObjectMapper().readTree(json.out()).get("outsideWindow");
        assertThat(outside.get("count").asInt()).isEqualTo(2);
        assertThat(outside.get("first").asText()).isEqualTo("2020-06-13");
        assertThat(outside.get("last").asText()).isEqualTo("2020-09-05");
        assertThat(asked.out()).contains("1 wedding(s) from").doesNotContain("outside");
    }

    @Test
    void problemsComeInLineOrderAndAUtcTimeShowsZoneUtc() throws Exception {
        Path f = Files.writeString(dir.resolve("malformed.ics"), String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0",
                "BEGIN:VEVENT", "UID:ok-1", "SUMMARY:Fine wedding", "DTSTART:20251206T150000Z", "DTEND:20251206T210000Z", "END:VEVENT",
                "BEGIN:VEVENT", "UID:bad-1", "SUMMARY:Bad date", "DTSTART:2025-12-06 15:00", "END:VEVENT",
                "BEGIN:VEVENT", "UID:bad-2", "SUMMARY:Backwards", "DTSTART:20251206T150000Z", "DTEND:20251206T100000Z", "END:VEVENT",
                "BEGIN:VEVENT", "UID:bad-3", "SUMMARY:Broken rule", "DTSTART:20251206T150000Z", "DTEND:20251206T210000Z",
                "RRULE:FREQ=SOMETIMES", "END:VEVENT",
                "BEGIN:VEVENT", "UID:bad-4", "SUMMARY:No start", "END:VEVENT", "END:VCALENDAR", ""));

        Run r = run("calendar", "inspect", f.toString(), "--from", "2025-12-01", "--to", "2025-12-31");

        assertThat(r.err().lines().map(l -> l.replaceAll("^problem: line (\\d+):.*", "$1")))
                .containsExactly("9", "14", "20", "27");
        String row = r.out().lines().filter(l -> l.contains("Fine wedding")).findFirst().orElseThrow();
        assertThat(row.split("\\s+")[3]).isEqualTo("UTC");
    }

    @Test
    void anUnreachableFeedIsNamedOnceByItsHostAndFileNameWithoutItsKey() {
        Run r = run("calendar", "inspect", "http://127.0.0.1:1/calendar/private-0123456789abcdef/basic.ics");

        assertThat(r.exit()).isEqualTo(GuardianCommand.EXIT_BAD_INPUT);
        assertThat(r.err().lines()).hasSize(1);
        assertThat(r.err()).contains("http://127.0.0.1:1/…/basic.ics").doesNotContain("private-0123456789abcdef");
        assertThat(r.err().split("127\\.0\\.0\\.1", -1)).as(r.err()).hasSize(2);
    }

    /** Issue 10, item 9: a feed's title or venue cannot break the table or send escapes to the terminal. */
    @Test
    void aTitleWithANewlineAndAVenueWithAnsiEscapesArePrintedEscaped() throws Exception {
        String hostile = OUTLOOK.replace("SUMMARY:Nguyen wedding", "SUMMARY:Nguyen wedding\\n2025-11-08T05:00:00Z  forged row")
                .replace("LOCATION:Harbour View", "LOCATION:Harbour \u001b[2J\u001b]0;pwned\u0007View");
        Path f = Files.writeString(dir.resolve("hostile.ics"), hostile);

        Run r = run("calendar", "inspect", f.toString(), "--from", "2025-11-01", "--to", "2025-11-30");

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).doesNotContain("\u001b", "\u0007")
                .contains("Nguyen wedding\\n2025-11-08T05:00:00Z", "Harbour \\u001b[2J\\u001b]0;pwned")
                .doesNotContain("\n2025-11-08T05:00:00Z  forged row");
    }
}

