package com.wedsync.guardian.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 13, item 6: every {@code --calendar} takes every source the service reads, and bad ones are one line and exit 2. */
class CalendarSourceEverywhereTest {

    private static final String ICS = String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0",
            "BEGIN:VEVENT", "UID:w1", "SUMMARY:Patel wedding", "DTSTART;TZID=Europe/London:20260613T150000",
            "DTEND;TZID=Europe/London:20260613T220000", "DESCRIPTION:Guests: 120\\nVendors: 14", "END:VEVENT",
            "END:VCALENDAR", "");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    private HttpServer feed;

    @BeforeEach
    void serveTheFeed() throws IOException {
        feed = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        feed.createContext("/feeds/wedding.ics", ex -> {
            byte[] body = ICS.getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "text/calendar");
            ex.sendResponseHeaders(200, body.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        });
        feed.start();
    }

    @AfterEach
    void stopTheFeed() {
        feed.stop(0);
    }

    /** The same wedding (Saturday 13 June 2026, 15:00-22:00 in London) as ICS, JSON, CSV and an http: feed. */
    private List<String> sources() throws IOException {
        List<String> s = new ArrayList<>();
        s.add(Files.writeString(dir.resolve("wedding.ics"), ICS).toString());
        s.add(Files.writeString(dir.resolve("wedding.json"), "[{\"id\":\"w1\",\"title\":\"Patel wedding\",\"start\":\"2026-06-13T14:00:00Z\","
                + "\"end\":\"2026-06-13T21:00:00Z\",\"timeZone\":\"Europe/London\",\"guests\":120,\"vendors\":14}]").toString());
        s.add(Files.writeString(dir.resolve("wedding.csv"), "id,title,start,end,timeZone,guests,vendors,venue,status\n"
                + "w1,Patel wedding,2026-06-13T14:00:00Z,2026-06-13T21:00:00Z,Europe/London,120,14,,confirmed\n").toString());
        s.add("http://127.0.0.1:" + feed.getAddress().getPort() + "/feeds/wedding.ics");
        return s;
    }

    @Test
    void contextForecastAndInspectReadEverySourceTheServiceReads() throws Exception {
        for (String source : sources()) {
            CliRun context = CliRun.of("context", "--calendar", source, "--at", "2026-06-13T16:00:00Z", "--json");
            assertThat(context.exitCode()).as(source + ": " + context.err()).isZero();
            assertThat(JSON.readTree(context.out()).get("weddingsInProgress")).as(source).hasSize(1);

            CliRun forecast = CliRun.of("forecast", "--calendar", source, "--from", "2026-06-13", "--to", "2026-06-13", "--json");
            assertThat(forecast.exitCode()).as(source + ": " + forecast.err()).isZero();
            JsonNode points = JSON.readTree(forecast.out()).get("points");
            assertThat(points.get(16).get("weddingsActive").asInt()).as(source).isEqualTo(1);

            CliRun inspect = CliRun.of("calendar", "inspect", source, "--from", "2026-06-01", "--to", "2026-06-30", "--json");
            assertThat(inspect.exitCode()).as(source + ": " + inspect.err()).isZero();
            assertThat(JSON.readTree(inspect.out()).get("weddings").get(0).get("title").asText()).as(source).isEqualTo("Patel wedding");
        }
    }

    @Test
    void theGeneratedSeasonIsASourceForEveryCommand() throws Exception {
        CliRun context = CliRun.of("context", "--calendar", "generated:7", "--at", "2026-08-29T15:00:00Z", "--json");
        assertThat(context.exitCode()).as(context.err()).isZero();
        assertThat(JSON.readTree(context.out()).get("weddingsInProgress").size()).isGreaterThan(3);

        CliRun inspect = CliRun.of("calendar", "inspect", "generated:7", "--from", "2026-08-29", "--to", "2026-08-29", "--json");
        assertThat(inspect.exitCode()).as(inspect.err()).isZero();
        assertThat(JSON.readTree(inspect.out()).get("source").asText()).isEqualTo("generated:7");
        assertThat(JSON.readTree(inspect.out()).get("weddings").size()).isGreaterThan(3);
    }

    @Test
    void aBadSourceIsOneLineAndExitTwoInEveryCommand() throws Exception {
        Path html = Files.writeString(dir.resolve("login.ics"), "<html><body>sign in</body></html>");
        List<String> bad = List.of(dir.resolve("nope.ics").toString(), html.toString(), "generated:soon", " ",
                "http://127.0.0.1:1/feeds/wedding.ics", "jdbc:postgresql://db/weddings?password=hunter2",
                "ftp://example.com/wedding.ics");
        for (String source : bad) {
            List<CliRun> runs = List.of(
                    CliRun.of("context", "--calendar", source, "--at", "2026-06-13T16:00:00Z"),
                    CliRun.of("forecast", "--calendar", source, "--from", "2026-06-13", "--to", "2026-06-13"),
                    CliRun.of("calendar", "inspect", source));
            for (CliRun r : runs) {
                assertThat(r.exitCode()).as(source + ": " + r.err()).isEqualTo(GuardianCommand.EXIT_BAD_INPUT);
                assertThat(r.err().lines()).as(source).hasSize(1);
                assertThat(r.err()).as(source).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("hunter2");
            }
        }
    }
}
