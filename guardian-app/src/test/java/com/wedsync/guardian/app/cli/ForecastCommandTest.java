package com.wedsync.guardian.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ForecastCommandTest {

    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) {
        CommandLine cl = GuardianCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void forecastsAGeneratedCalendarWithItsAccuracyAsJson() throws Exception {
        Run r = run("forecast", "--calendar", "generated:7", "--from", "2026-08-28", "--to", "2026-08-30", "--json", "--zone", "Europe/London");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("points")).hasSize(72);
        JsonNode p = json.get("points").get(0);
        assertThat(p.fieldNames()).toIterable().containsExactly("at", "expectedConnections", "low", "high", "confidence", "weddingsActive");
        assertThat(json.get("basis").asText()).isEqualTo("history+calendar");
        assertThat(json.at("/accuracy/mase").asDouble()).isGreaterThan(0).isLessThan(1.0);
        // Saturday 29 August, 16:00 London: weddings under way, more load than at 03:00.
        JsonNode saturdayAfternoon = json.get("points").get(24 + 15);
        JsonNode saturdayNight = json.get("points").get(24 + 2);
        assertThat(saturdayAfternoon.get("weddingsActive").asInt()).isGreaterThan(5);
        assertThat(saturdayAfternoon.get("expectedConnections").asDouble()).isGreaterThan(saturdayNight.get("expectedConnections").asDouble());
    }

    @Test
    void aJsonCalendarWithoutHistoryGivesPriorsWithLowConfidence(@TempDir Path dir) throws Exception {
        Path cal = dir.resolve("weddings.json");
        Files.writeString(cal, "[{\"id\":\"w1\",\"start\":\"2026-06-13T15:00:00Z\",\"end\":\"2026-06-13T22:00:00Z\","
                + "\"timeZone\":\"Europe/London\",\"guests\":120,\"vendors\":14}]");
        Run r = run("forecast", "--calendar", cal.toString(), "--from", "2026-06-13", "--to", "2026-06-14");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("calendar-priors").contains("accuracy: unknown");
        assertThat(r.out().lines().filter(l -> l.startsWith("2026-06-1")).count()).isEqualTo(48);
    }

    @Test
    void badInputExitsTwoNamingTheProblem(@TempDir Path dir) throws Exception {
        Run badDate = run("forecast", "--calendar", "generated", "--from", "13/06/2026", "--to", "2026-06-14");
        assertThat(badDate.exit()).isEqualTo(2);
        assertThat(badDate.err()).contains("--from must be a date");

        Path cal = dir.resolve("bad.json");
        Files.writeString(cal, "[{\"id\":\"w1\",\"start\":\"the thirteenth\",\"end\":\"2026-06-13T22:00:00Z\",\"timeZone\":\"Europe/London\"}]");
        Run badStart = run("forecast", "--calendar", cal.toString(), "--from", "2026-06-13", "--to", "2026-06-14");
        assertThat(badStart.exit()).isEqualTo(2);
        assertThat(badStart.err()).contains("bad.json").contains("start").doesNotContain("Exception");

        Run missing = run("forecast", "--calendar", dir.resolve("nope.json").toString(), "--from", "2026-06-13", "--to", "2026-06-14");
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("nope.json");
        assertThat(run("forecast", "--calendar", "generated", "--from", "2026-06-13", "--to", "2026-06-14", "--step", "soon").err())
                .contains("--step must be a duration");
    }

    @Test
    void aPointIsThePeakOfItsStepSoTheSameHoursAgreeAt1hAnd6h(@TempDir Path dir) throws Exception {
        Path cal = Files.writeString(dir.resolve("weddings.json"), "[{\"id\":\"w1\",\"start\":\"2026-06-13T14:00:00Z\","
                + "\"end\":\"2026-06-13T21:00:00Z\",\"timeZone\":\"Europe/London\",\"guests\":120,\"vendors\":14}]");
        ObjectMapper json = new ObjectMapper();
        JsonNode hourly = json.readTree(run("forecast", "--calendar", cal.toString(), "--from", "2026-06-13", "--to", "2026-06-13",
                "--step", "1h", "--json").out()).get("points");
        JsonNode sixHourly = json.readTree(run("forecast", "--calendar", cal.toString(), "--from", "2026-06-13", "--to", "2026-06-13",
                "--step", "6h", "--json").out()).get("points");

        assertThat(hourly).hasSize(24);
        assertThat(sixHourly).hasSize(4);
        for (int i = 0; i < 4; i++) {
            double expected = 0;
            double high = 0;
            int weddings = 0;
            for (int h = 6 * i; h < 6 * i + 6; h++) {
                expected = Math.max(expected, hourly.get(h).get("expectedConnections").asDouble());
                high = Math.max(high, hourly.get(h).get("high").asDouble());
                weddings = Math.max(weddings, hourly.get(h).get("weddingsActive").asInt());
            }
            JsonNode p = sixHourly.get(i);
            assertThat(p.get("at").asText()).isEqualTo(hourly.get(6 * i).get("at").asText());
            assertThat(p.get("expectedConnections").asDouble()).as(p.toString()).isEqualTo(expected);
            assertThat(p.get("high").asDouble()).as(p.toString()).isEqualTo(high);
            assertThat(p.get("weddingsActive").asInt()).as(p.toString()).isEqualTo(weddings);
        }
        // 18:00-24:00 UTC holds the end of the wedding (until 21:00): its 6-hour point says so.
        assertThat(sixHourly.get(3).get("weddingsActive").asInt()).isEqualTo(1);
        assertThat(run("forecast", "--calendar", cal.toString(), "--from", "2026-06-13", "--to", "2026-06-13", "--step", "6h").out())
                .contains("each row is the peak of the 6h from its time");
    }

    @Test
    void aStepThatIsNotWholeHoursOrTooManyPointsIsRefused() {
        Run halfHour = run("forecast", "--calendar", "generated", "--from", "2026-06-13", "--to", "2026-06-14", "--step", "30m");
        assertThat(halfHour.exit()).isEqualTo(2);
        assertThat(halfHour.err()).contains("--step must be a whole number of hours");
        Run century = run("forecast", "--calendar", "generated", "--from", "2000-01-01", "--to", "2099-12-31");
        assertThat(century.exit()).isEqualTo(2);
        assertThat(century.err()).contains("more than 10000 points");
    }
}
