package com.wedsync.guardian.bench.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.wedsync.guardian.calendar.generated.GeneratedSeason;
import com.wedsync.guardian.forecast.LoadModel;
import com.wedsync.guardian.wedding.Wedding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

import static com.wedsync.guardian.bench.cli.BenchRun.run;
import static org.assertj.core.api.Assertions.assertThat;

class ScenarioTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final LoadModel MODEL = LoadModel.builder().homeZone(LONDON).build();

    @Test
    void theBusiestDayPeaksInTheAfternoonAndIsProtectedWhileWeddingsAreOn() {
        List<Wedding> w = GeneratedSeason.generate(42, LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1));
        ScenarioDay day = ScenarioDay.busiest(w, MODEL, 1.0, 42);
        assertThat(day.date().getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
        assertThat(day.date().getMonthValue()).isEqualTo(9); // the spike Saturday
        var afternoon = day.date().atTime(LocalTime.of(16, 30)).atZone(LONDON).toInstant();
        var night = day.date().atTime(LocalTime.of(4, 0)).atZone(LONDON).toInstant();
        assertThat(day.demand(afternoon)).isGreaterThan(day.demand(night) * 10);
        assertThat(day.context(afternoon).protectedWindow()).isTrue();
        // 04:00 in London is daytime for the day's Sydney weddings: protection follows venue-local time.
        assertThat(day.context(night).today()).allSatisfy(x -> assertThat(x.zone()).isNotEqualTo(LONDON));
        assertThat(day.forecast("p").points()).hasSize(25);
    }

    @Test
    void heldBackMonthOfGeneratedHistoryBeatsSeasonalNaive() {
        List<Wedding> w = GeneratedSeason.generate(42, LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1));
        ScenarioDay day = ScenarioDay.busiest(w, MODEL, 1.0, 42);
        var accuracy = ScenarioRunner.heldBackMonth(day, w, MODEL, 42);
        assertThat(accuracy.samples()).isEqualTo(28 * 24);
        assertThat(accuracy.mase()).isLessThan(0.8);
    }

    @Test
    void guardianSizesARealPoolForTheDayWithinTheBudget() throws Exception {
        String[] r = run("scenario", "--db", "jdbc:postgresql://127.0.0.1:5432/test", "--user", "postgres",
                "--calendar", "generated:42", "--policies", "guardian", "--day", "5s", "--load-scale", "0.3", "--no-resize-timing", "--json");
        assertThat(r[0]).as(r[2]).isEqualTo("0");
        JsonNode result = new ObjectMapper().readTree(r[1]).get("results").get(0);
        assertThat(result.get("policy").asText()).isEqualTo("guardian");
        assertThat(result.get("budgetViolations").asInt()).isZero();
        assertThat(result.get("actions").asInt()).isGreaterThan(0);
        assertThat(result.get("maxConnections").asInt()).isGreaterThan(10);
        assertThat(result.get("notIssued").asLong()).as("every arrival was issued to the pool").isZero();
    }

    @Test
    void reactiveLoadGoesThroughFlexyPoolWhichGrowsTheRealPoolAndWhoseFailuresAreTimeoutsWithTheirRetriesInTheWait() throws Exception {
        List<Wedding> w = GeneratedSeason.generate(42, LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1));
        ScenarioDay day = ScenarioDay.busiest(w, MODEL, 0.3, 42);
        ScenarioConfig config = new ScenarioConfig("jdbc:postgresql://127.0.0.1:5432/test", "postgres", null, List.of("reactive"),
                Duration.ofSeconds(5), Duration.ofMillis(200), 1, 2, 60, 0.3, Duration.ofMillis(100), 42, false);
        PolicyResult r = ScenarioRunner.runOne(config, day, SizingController.of("reactive", day, config, 0));
        assertThat(r.actions()).as("FlexyPool raised the pool's max from 1 to its overgrow limit of 2").isEqualTo(1);
        assertThat(r.maxConnections()).isEqualTo(2);
        assertThat(r.timeouts()).isPositive();
        // A caller FlexyPool fails has waited one HikariCP timeout (250 ms) in the increment strategy and one per retry.
        assertThat(r.p99WaitMs()).isGreaterThanOrEqualTo(250.0 * (1 + FlexyPoolSizing.RETRY_ATTEMPTS));
    }

    @Test
    void badArgumentsExitTwoWithTheReason() {
        String[] notPg = run("scenario", "--db", "jdbc:h2:mem:x", "--user", "sa", "--calendar", "generated");
        assertThat(notPg[0]).isEqualTo("2");
        assertThat(notPg[2]).contains("--db must be a jdbc:postgresql: URL");
        String[] badPolicy = run("scenario", "--db", "jdbc:postgresql://127.0.0.1:5432/test", "--user", "postgres",
                "--calendar", "generated", "--policies", "static,magic");
        assertThat(badPolicy[0]).isEqualTo("2");
        assertThat(badPolicy[2]).contains("--policies must list static, reactive or guardian, but had magic");
        String[] secret = run("scenario", "--db", "jdbc:postgresql://127.0.0.1:1/test", "--user", "postgres",
                "--password", "hunter2", "--calendar", "nope.ics", "--policies", "static");
        assertThat(secret[0]).isEqualTo("2");
        assertThat(secret[2]).contains("nope.ics").doesNotContain("hunter2");
    }

    @Test
    void anIcsCalendarIsReplayedLikeTheGeneratedOne(@TempDir Path dir) throws Exception {
        LocalDate saturday = LocalDate.now(ZoneOffset.UTC).plusWeeks(5).with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
        StringBuilder ics = new StringBuilder("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n");
        for (int i = 0; i < 6; i++) {
            String day = saturday.toString().replace("-", "");
            ics.append("BEGIN:VEVENT\r\nUID:w").append(i).append("\r\nSUMMARY:Wedding ").append(i)
                    .append("\r\nDTSTART;TZID=Europe/London:").append(day).append("T1").append(2 + i % 4).append("0000\r\n")
                    .append("DTEND;TZID=Europe/London:").append(day).append("T230000\r\nDESCRIPTION:Guests: 150\\nVendors: 15\r\n")
                    .append("END:VEVENT\r\n");
        }
        Path file = Files.writeString(dir.resolve("weddings.ics"), ics.append("END:VCALENDAR\r\n"));

        String[] r = run("scenario", "--db", "jdbc:postgresql://127.0.0.1:5432/test", "--user", "postgres",
                "--calendar", file.toString(), "--policies", "static", "--day", "5s", "--load-scale", "0.3", "--no-resize-timing", "--json");

        assertThat(r[0]).as(r[2]).isEqualTo("0");
        JsonNode report = new ObjectMapper().readTree(r[1]);
        assertThat(report.get("day").asText()).isEqualTo(saturday.toString());
        assertThat(report.get("weddings").asInt()).isEqualTo(6);
        assertThat(report.get("results").get(0).get("requests").asLong()).isPositive();
    }

    @Test
    void aCalendarWithProblemsOrABadSourceIsRefusedInOneLinePerProblemWithoutAStackTrace(@TempDir Path dir) throws Exception {
        Path broken = Files.writeString(dir.resolve("broken.ics"), String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0",
                "BEGIN:VEVENT", "UID:a", "SUMMARY:No start", "END:VEVENT", "END:VCALENDAR", ""));
        Path empty = Files.writeString(dir.resolve("empty.json"), "[]");
        String[] base = {"scenario", "--db", "jdbc:postgresql://127.0.0.1:5432/test", "--user", "postgres", "--policies", "static",
                "--calendar"};

        String[] problems = run(concat(base, broken.toString()));
        String[] none = run(concat(base, empty.toString()));
        String[] badSeed = run(concat(base, "generated:many"));

        assertThat(problems[0]).isEqualTo("2");
        assertThat(problems[2].lines()).containsExactly("problem: line 3: event 'No start' has no DTSTART; event skipped",
                "bench scenario: calendar broken.ics has 1 problem(s), listed above: fix them or pass another --calendar");
        assertThat(none[0]).isEqualTo("2");
        assertThat(none[2].lines()).singleElement().asString().contains("empty.json has no weddings");
        assertThat(badSeed[0]).isEqualTo("2");
        assertThat(badSeed[2].lines()).singleElement().asString().contains("the seed after generated: must be a whole number");
        for (String[] r : List.of(problems, none, badSeed)) {
            assertThat(r[2]).doesNotContain("Exception").doesNotContain("\tat ");
        }
    }

    private static String[] concat(String[] a, String b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + 1);
        out[a.length] = b;
        return out;
    }
}
