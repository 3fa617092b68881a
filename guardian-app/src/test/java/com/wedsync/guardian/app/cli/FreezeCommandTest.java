package com.wedsync.guardian.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.wedsync.guardian.app.http.ApiFixture;
import com.wedsync.guardian.app.runtime.CalendarStatus;
import com.wedsync.guardian.wedding.ContextPolicy;
import com.wedsync.guardian.wedding.Wedding;
import com.wedsync.guardian.wedding.WeddingCalendar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import static com.wedsync.guardian.app.cli.ForecastCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15: {@code guardian freeze check} and {@code freeze export} through the real picocli entry point, on a sample
 * calendar of four venues, at instants where the venue's date is not UTC's.
 */
class FreezeCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final String calendar = sample();

    @TempDir
    Path dir;

    private static String sample() {
        try {
            return Path.of(FreezeCommandTest.class.getResource("/freeze/four-venues.json").toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private ForecastCommandTest.Run check(String at, String... more) {
        String[] base = {"freeze", "check", "--service", "checkout", "--environment", "production", "--at", at,
                "--calendar", calendar};
        String[] args = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, args, base.length, more.length);
        return run(args);
    }

    @Test
    void londonIsFrozenFromVenueMidnightWhileUtcIsStillTheDayBefore() {
        ForecastCommandTest.Run frozen = check("2026-07-09T23:30:00Z");
        ForecastCommandTest.Run after = check("2026-07-10T23:30:00Z");

        assertThat(frozen.exit()).as(frozen.err()).isEqualTo(3);
        assertThat(frozen.err()).contains("Kew Gardens", "Europe/London", "until: 2026-07-10T23:00:00Z");
        assertThat(after.exit()).as(after.err()).isZero();
        assertThat(after.out()).startsWith("allowed: checkout to production");
    }

    @Test
    void newYorkEveningBeforeIsAllowedThoughUtcIsTheWeddingDay() {
        ForecastCommandTest.Run eve = check("2026-06-12T03:00:00Z");
        ForecastCommandTest.Run inProgress = check("2026-06-13T02:30:00Z");

        assertThat(eve.exit()).as(eve.err()).isZero();
        assertThat(eve.out()).contains("next freeze: 2026-06-12T04:00:00Z");
        assertThat(inProgress.exit()).isEqualTo(3);
        assertThat(inProgress.err()).contains("wedding in progress", "The Loeb Boathouse", "until: 2026-06-13T04:00:00Z");
    }

    @Test
    void sydneyMorningIsProtectedWhileUtcIsTheEveningBefore() {
        ForecastCommandTest.Run r = check("2026-06-18T22:00:00Z");

        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.err()).contains("protected:", "Australia/Sydney", "until: 2026-06-19T14:00:00Z");
    }

    @Test
    void chathamsQuarterHourOffsetMovesBothEdges() {
        ForecastCommandTest.Run before = check("2026-12-11T10:14:00Z");
        ForecastCommandTest.Run morning = check("2026-12-11T19:15:00Z", "--json");

        assertThat(before.exit()).isZero();
        assertThat(before.out()).contains("next freeze: 2026-12-11T10:15:00Z");
        assertThat(morning.exit()).isEqualTo(3);
        JsonNode answer = parse(morning.out());
        assertThat(answer.get("frozen").asBoolean()).isTrue();
        assertThat(answer.get("until").asText()).isEqualTo("2026-12-12T10:15:00Z");
        assertThat(answer.get("reasons").toString()).contains("Hotel Chathams", "Pacific/Chatham");
    }

    @Test
    void configDecidesGatingAndDenyWindows() throws Exception {
        Path config = Files.writeString(dir.resolve("guardian.yaml"), """
                freeze:
                  environments: [production, eu-production]
                  windows:
                    - {kind: deny, schedule: "0 9 * * 1-5", duration: 2h, timeZone: America/New_York}
                """);

        ForecastCommandTest.Run window = check("2026-12-07T14:30:00Z", "--config", config.toString());
        ForecastCommandTest.Run staging = run("freeze", "check", "--service", "checkout", "--environment", "staging",
                "--at", "2026-07-10T12:00:00Z", "--calendar", calendar, "--config", config.toString());

        assertThat(window.exit()).isEqualTo(3);
        assertThat(window.err()).contains("deny window '0 9 * * 1-5'", "until: 2026-12-07T16:00:00Z");
        assertThat(staging.exit()).isZero();
        assertThat(staging.out()).contains("staging is not gated");
    }

    @Test
    void badInputExitsTwoNamingWhatIsWrong() throws Exception {
        Path badConfig = Files.writeString(dir.resolve("bad.yaml"), "freeze: {threshold: severe}\n");

        ForecastCommandTest.Run noService = run("freeze", "check", "--environment", "production", "--calendar", calendar);
        ForecastCommandTest.Run badAt = check("next saturday");
        ForecastCommandTest.Run missingCalendar = run("freeze", "check", "--service", "a", "--environment", "production",
                "--calendar", dir.resolve("nope.ics").toString());
        ForecastCommandTest.Run config = check("2026-07-10T12:00:00Z", "--config", badConfig.toString());
        ForecastCommandTest.Run longName = run("freeze", "check", "--service", "x".repeat(200), "--environment",
                "production", "--calendar", calendar);

        assertThat(noService.exit()).isEqualTo(2);
        assertThat(noService.err()).contains("--service");
        assertThat(badAt.exit()).isEqualTo(2);
        assertThat(badAt.err()).contains("--at must be an instant");
        assertThat(missingCalendar.exit()).isEqualTo(2);
        assertThat(config.exit()).isEqualTo(2);
        assertThat(config.err()).contains("freeze.threshold");
        assertThat(longName.exit()).isEqualTo(2);
        assertThat(longName.err()).contains("service must be 1–63");
        assertThat(noService.err() + badAt.err() + config.err()).doesNotContain("Exception", "\tat ");
    }

    @Test
    void anUnreachableGuardianIsExitOneAndSaysHowToDecideAlone() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        ForecastCommandTest.Run r = run("freeze", "check", "--service", "a", "--environment", "production",
                "--url", "http://127.0.0.1:" + port);

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("cannot reach the guardian", "--calendar");
    }

    @Test
    void asksARunningGuardianOverHttpWithTheReadToken() throws Exception {
        WeddingCalendar ny = WeddingCalendar.of(List.of(new Wedding("ny1", "Cy & Di",
                Instant.parse("2026-06-12T21:00:00Z"), Instant.parse("2026-06-13T03:30:00Z"),
                ZoneId.of("America/New_York"), false, 90, 10, "The Loeb Boathouse", "test")));
        try (ApiFixture fx = ApiFixture.start(ApiFixture.ALERTS_TO_LOG, b -> b.calendar(
                CalendarStatus.fixed(ny, Instant.now()), ContextPolicy.defaults()).readToken("read-t0ken"))) {
            String url = "http://127.0.0.1:" + fx.guardian.httpPort();

            ForecastCommandTest.Run frozen = run("freeze", "check", "--service", "checkout", "--environment", "production",
                    "--at", "2026-06-13T02:30:00Z", "--url", url, "--token", "read-t0ken", "--json");
            ForecastCommandTest.Run eve = run("freeze", "check", "--service", "checkout", "--environment", "production",
                    "--at", "2026-06-12T03:00:00Z", "--url", url, "--token", "read-t0ken");
            ForecastCommandTest.Run noToken = run("freeze", "check", "--service", "checkout", "--environment",
                    "production", "--url", url);

            assertThat(frozen.exit()).as(frozen.err()).isEqualTo(3);
            assertThat(parse(frozen.out()).get("until").asText()).isEqualTo("2026-06-13T04:00:00Z");
            assertThat(frozen.err()).contains("The Loeb Boathouse", "until: 2026-06-13T04:00:00Z");
            assertThat(eve.exit()).as(eve.err()).isZero();
            assertThat(noToken.exit()).isEqualTo(1);
            assertThat(noToken.err()).contains("HTTP 401").doesNotContain("read-t0ken");
        }
    }

    @Test
    void argoCdExportCarriesTheVenueZoneAndTheWholeVenueDay() throws Exception {
        ForecastCommandTest.Run r = run("freeze", "export", "--format", "argocd", "--calendar", calendar,
                "--from", "2026-06-01", "--to", "2026-06-15");

        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode windows = new ObjectMapper(new YAMLFactory()).readTree(r.out()).get("spec").get("syncWindows");
        assertThat(windows).hasSize(1);
        JsonNode ny = windows.get(0);
        assertThat(ny.get("kind").asText()).isEqualTo("deny");
        assertThat(ny.get("schedule").asText()).isEqualTo("0 0 12 6 *");
        assertThat(ny.get("duration").asText()).isEqualTo("24h0m");
        assertThat(ny.get("timeZone").asText()).isEqualTo("America/New_York");
        assertThat(ny.get("applications").get(0).asText()).isEqualTo("*");
    }

    @Test
    void gitLabExportGivesFreezePeriodBodiesInTheVenueZone() throws Exception {
        ForecastCommandTest.Run r = run("freeze", "export", "--format", "gitlab", "--calendar", calendar,
                "--from", "2026-12-01", "--to", "2026-12-31");

        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode bodies = parse(r.out());
        assertThat(bodies).hasSize(1);
        assertThat(bodies.get(0).get("freeze_start").asText()).isEqualTo("0 0 12 12 *");
        assertThat(bodies.get(0).get("freeze_end").asText()).isEqualTo("0 0 13 12 *");
        assertThat(bodies.get(0).get("cron_timezone").asText()).isEqualTo("Pacific/Chatham");
    }

    @Test
    void icsExportHasOneEventPerFreezeInUtcAndHomeZoneSaturdays() throws Exception {
        Path config = Files.writeString(dir.resolve("home.yaml"), "weddings: {homeZones: [Europe/London]}\n");

        ForecastCommandTest.Run r = run("freeze", "export", "--format", "ics", "--calendar", calendar,
                "--from", "2026-06-01", "--to", "2026-06-15", "--config", config.toString());

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("BEGIN:VCALENDAR\r\n").contains(
                "DTSTART:20260612T040000Z\r\nDTEND:20260613T040000Z",
                "DTSTART:20260606T070000Z\r\nDTEND:20260606T210000Z",
                "DTSTART:20260613T070000Z\r\nDTEND:20260613T210000Z");
        assertThat(r.out().split("BEGIN:VEVENT", -1)).hasSize(4);
        assertThat(r.out().lines()).allMatch(l -> l.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 75);
    }

    @Test
    void exportRefusesAnUnknownFormatAndAnEndlessRange() {
        ForecastCommandTest.Run format = run("freeze", "export", "--format", "jenkins");
        ForecastCommandTest.Run range = run("freeze", "export", "--format", "ics", "--from", "2026-01-01", "--to", "2036-01-01");

        assertThat(format.exit()).isEqualTo(2);
        assertThat(format.err()).contains("--format must be one of argocd, gitlab, ics, but was 'jenkins'");
        assertThat(range.exit()).isEqualTo(2);
        assertThat(range.err()).contains("at most 366 days");
    }

    private static JsonNode parse(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + text, e);
        }
    }
}
