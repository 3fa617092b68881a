package com.wedsync.guardian.app.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.wedsync.guardian.app.cli.GuardianCommand;
import com.wedsync.guardian.forecast.LoadModel;
import com.wedsync.guardian.wedding.Wedding;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ScenarioTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final LoadModel MODEL = LoadModel.builder().homeZone(LONDON).build();

    private static String[] run(String... args) {
        CommandLine cl = GuardianCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new String[]{String.valueOf(exit), out.toString(), err.toString()};
    }

    @Test
    void theGeneratedSeasonPutsMostWeddingsOnSaturdaysAndPeaksInSummer() {
        List<Wedding> w = SyntheticSeason.generate(3, LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1));
        long saturdays = w.stream().filter(x -> x.localDate().getDayOfWeek() == DayOfWeek.SATURDAY).count();
        assertThat((double) saturdays / w.size()).isBetween(0.5, 0.85);
        long august = w.stream().filter(x -> x.localDate().getMonthValue() == 8).count();
        long january = w.stream().filter(x -> x.localDate().getMonthValue() == 1).count();
        assertThat(august).isGreaterThan(january * 3);
        assertThat(w.stream().mapToInt(Wedding::guests).average().orElseThrow()).isBetween(100.0, 130.0);
    }

    @Test
    void theBusiestDayPeaksInTheAfternoonAndIsProtectedWhileWeddingsAreOn() {
        List<Wedding> w = SyntheticSeason.generate(42, LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1));
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
        List<Wedding> w = SyntheticSeason.generate(42, LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1));
        ScenarioDay day = ScenarioDay.busiest(w, MODEL, 1.0, 42);
        var accuracy = ScenarioRunner.heldBackMonth(day, w, MODEL, 42);
        assertThat(accuracy.samples()).isEqualTo(28 * 24);
        assertThat(accuracy.mase()).isLessThan(0.8);
    }

    @Test
    void guardianSizesARealPoolForTheDayWithinTheBudget() throws Exception {
        String[] r = run("bench", "scenario", "--db", "jdbc:postgresql://127.0.0.1:5432/test", "--user", "postgres",
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
        List<Wedding> w = SyntheticSeason.generate(42, LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1));
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
        String[] notPg = run("bench", "scenario", "--db", "jdbc:h2:mem:x", "--user", "sa", "--calendar", "generated");
        assertThat(notPg[0]).isEqualTo("2");
        assertThat(notPg[2]).contains("--db must be a jdbc:postgresql: URL");
        String[] badPolicy = run("bench", "scenario", "--db", "jdbc:postgresql://127.0.0.1:5432/test", "--user", "postgres",
                "--calendar", "generated", "--policies", "static,magic");
        assertThat(badPolicy[0]).isEqualTo("2");
        assertThat(badPolicy[2]).contains("--policies must list static, reactive or guardian, but had magic");
        String[] secret = run("bench", "scenario", "--db", "jdbc:postgresql://127.0.0.1:1/test", "--user", "postgres",
                "--password", "hunter2", "--calendar", "nope.ics", "--policies", "static");
        assertThat(secret[0]).isEqualTo("2");
        assertThat(secret[2]).contains("nope.ics").doesNotContain("hunter2");
    }
}
