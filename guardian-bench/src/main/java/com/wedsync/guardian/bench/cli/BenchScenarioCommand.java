package com.wedsync.guardian.bench.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.wedsync.guardian.bench.scenario.PolicyResult;
import com.wedsync.guardian.bench.scenario.ScenarioConfig;
import com.wedsync.guardian.bench.scenario.ScenarioRunner;
import com.wedsync.guardian.calendar.CalendarArgument;
import com.wedsync.guardian.calendar.CalendarLoad;
import com.wedsync.guardian.calendar.CalendarProblem;
import com.wedsync.guardian.calendar.CalendarReadException;
import com.wedsync.guardian.calendar.CalendarSource;
import com.wedsync.guardian.calendar.generated.GeneratedSeason;
import com.wedsync.guardian.time.Durations;
import com.wedsync.guardian.wedding.Wedding;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code guardian bench scenario}: the busiest day of a calendar, replayed under each sizing policy on the real database. */
@Command(name = "scenario", mixinStandardHelpOptions = true,
        description = "Replay the busiest day of a calendar on a compressed clock against a real database under static, reactive and guardian sizing.")
public final class BenchScenarioCommand implements Callable<Integer> {

    /** Exit code for bad input, as in the guardian's own commands. */
    static final int EXIT_BAD_INPUT = 2;
    /** The generated season's year: fixed, so that a seed gives the same day every run. */
    private static final LocalDate GENERATED_YEAR = LocalDate.of(2026, 1, 1);
    /** A file or feed has no generated history of its own: the held-back month is measured on this seed's. */
    private static final long GENERATED_HISTORY_SEED = 42;

    @Spec
    CommandSpec spec;

    @Option(names = "--db", required = true, paramLabel = "JDBC_URL", description = "a PostgreSQL JDBC URL")
    String db;

    @Option(names = "--user", required = true)
    String user;

    @Option(names = "--password", description = "password (never printed)")
    String password;

    @Option(names = "--calendar", required = true, paramLabel = "SOURCE", description = CalendarArgument.HELP)
    String calendar;

    @Option(names = "--policies", defaultValue = "static,reactive,guardian",
            description = "reactive is FlexyPool over the same pool (default ${DEFAULT-VALUE})")
    String policies;

    @Option(names = "--static-size", defaultValue = "10", description = "the static pool's size, and every pool's at the start (default ${DEFAULT-VALUE})")
    int staticSize;

    @Option(names = "--day", defaultValue = "180s", description = "real time one simulated day takes (default ${DEFAULT-VALUE})")
    String day;

    @Option(names = "--load-scale", defaultValue = "1.0", description = "multiplies the demand derived from the weddings (default ${DEFAULT-VALUE})")
    double loadScale;

    @Option(names = "--saturation-ceiling", defaultValue = "60", description = "the guardian's ceiling for this database (default ${DEFAULT-VALUE})")
    int saturationCeiling;

    @Option(names = "--resize-timing", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "measure resize 10->40 and 40->10 first (default ${DEFAULT-VALUE})")
    boolean resizeTiming;

    @Option(names = "--json", description = "print JSON")
    boolean json;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ScenarioConfig config;
        List<Wedding> weddings;
        try {
            if (!db.startsWith("jdbc:postgresql:")) {
                throw new IllegalArgumentException("--db must be a jdbc:postgresql: URL (the load uses pg_sleep and pg_stat_activity)");
            }
            if (staticSize < 1) {
                throw new IllegalArgumentException("--static-size must be >= 1, but was " + staticSize);
            }
            if (!(loadScale > 0)) {
                throw new IllegalArgumentException("--load-scale must be > 0, but was " + loadScale);
            }
            List<String> names = new ArrayList<>(Arrays.stream(policies.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList());
            for (String n : names) {
                if (!List.of("static", "reactive", "guardian").contains(n.toLowerCase(Locale.ROOT))) {
                    throw new IllegalArgumentException("--policies must list static, reactive or guardian, but had " + n);
                }
            }
            Duration d = day(day);
            CalendarSource source = CalendarArgument.resolve(calendar, null);
            long seed = source instanceof GeneratedSeason g ? g.seed() : GENERATED_HISTORY_SEED;
            config = new ScenarioConfig(db, user, password, names, d, Duration.ofMillis(200), staticSize, 50, saturationCeiling,
                    loadScale, Duration.ofMillis(100), seed, resizeTiming);
            weddings = weddings(source, err);
        } catch (IllegalArgumentException | CalendarReadException e) {
            err.println("bench scenario: " + e.getMessage());
            return EXIT_BAD_INPUT;
        }
        ScenarioRunner.Report report;
        try {
            report = ScenarioRunner.run(config, weddings);
        } catch (SQLException e) {
            err.println("bench scenario: database error " + e.getSQLState() + " (check --db and --user)");
            return 1;
        }
        if (json) {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(toJson(report)));
        } else {
            out.printf(Locale.ROOT, "busiest day %s: %d weddings, peak demand %.1f connections, clock x%.0f;"
                            + " the requests alone keep %.1f connection-seconds busy%n", report.day(), report.weddings(),
                    report.peakDemand(), report.compression(), report.demandConnectionSeconds());
            out.printf(Locale.ROOT, "%-9s %9s %10s %12s %6s %7s %8s %8s%n", "policy", "timeouts", "p99WaitMs", "connSeconds", "maxConn",
                    "budget", "actions", "blocked");
            for (PolicyResult r : report.results()) {
                out.printf(Locale.ROOT, "%-9s %9d %10.1f %12.1f %6d %7d %8d %8d%n", r.policy(), r.timeouts(), r.p99WaitMs(),
                        r.connectionSeconds(), r.maxConnections(), r.budgetViolations(), r.actions(), r.blockedActions());
            }
            out.printf(Locale.ROOT, "resize: 10->40 in %d ms, 40->10 in %d ms; forecast on a held-back month: MASE %.3f, bias %+.3f%n",
                    report.resize().grow10to40Ms(), report.resize().shrink40to10Ms(), report.forecastMonth().mase(), report.forecastMonth().bias());
        }
        out.flush();
        return 0;
    }

    /** --day, between 5 s and a real day. */
    private static Duration day(String text) {
        try {
            return Durations.parse(text, Duration.ofSeconds(5), Duration.ofDays(1));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--day " + e.getMessage(), e);
        }
    }

    /**
     * The weddings to replay: the generated season of 2026 (and the weeks around it its history needs), or a
     * file's or feed's weddings within five years of today. A calendar with problems is refused, not half-replayed.
     */
    private static List<Wedding> weddings(CalendarSource source, PrintWriter err) throws CalendarReadException {
        LocalDate first = source instanceof GeneratedSeason ? GENERATED_YEAR.minusWeeks(20) : LocalDate.now(ZoneOffset.UTC).minusYears(5);
        LocalDate last = source instanceof GeneratedSeason ? GENERATED_YEAR.plusYears(1).plusWeeks(6) : first.plusYears(10);
        CalendarLoad load = source.load(first.atStartOfDay(ZoneOffset.UTC).toInstant(), last.atStartOfDay(ZoneOffset.UTC).toInstant());
        for (CalendarProblem p : load.problems()) {
            err.println("problem: " + p.atLine());
        }
        if (!load.problems().isEmpty()) {
            throw new IllegalArgumentException("calendar " + load.source() + " has " + load.problems().size()
                    + " problem(s), listed above: fix them or pass another --calendar");
        }
        if (load.weddings().isEmpty()) {
            throw new IllegalArgumentException("calendar " + load.source() + " has no weddings from " + first + " to " + last
                    + ": nothing to replay");
        }
        return load.weddings();
    }

    static Map<String, Object> toJson(ScenarioRunner.Report r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("day", r.day());
        m.put("weddings", r.weddings());
        m.put("peakDemand", Math.round(r.peakDemand() * 10) / 10.0);
        m.put("compression", Math.round(r.compression()));
        m.put("demandConnectionSeconds", r.demandConnectionSeconds());
        List<Map<String, Object>> results = new ArrayList<>();
        for (PolicyResult p : r.results()) {
            Map<String, Object> pm = new LinkedHashMap<>();
            pm.put("policy", p.policy());
            pm.put("timeouts", p.timeouts());
            pm.put("p99WaitMs", p.p99WaitMs());
            pm.put("connectionSeconds", p.connectionSeconds());
            pm.put("maxConnections", p.maxConnections());
            pm.put("budgetViolations", p.budgetViolations());
            pm.put("actions", p.actions());
            pm.put("blockedActions", p.blockedActions());
            pm.put("requests", p.requests());
            pm.put("notIssued", p.notIssued());
            results.add(pm);
        }
        m.put("results", results);
        m.put("resize", Map.of("grow10to40Ms", r.resize().grow10to40Ms(), "shrink40to10Ms", r.resize().shrink40to10Ms()));
        Map<String, Object> forecast = new LinkedHashMap<>();
        forecast.put("mase", r.forecastMonth().known() ? Math.round(r.forecastMonth().mase() * 1000) / 1000.0 : null);
        forecast.put("bias", r.forecastMonth().known() ? Math.round(r.forecastMonth().bias() * 1000) / 1000.0 : null);
        forecast.put("samples", r.forecastMonth().samples());
        forecast.put("method", "4 held-back weeks after 12 weeks of generated history, against seasonal naive");
        m.put("forecast", forecast);
        return m;
    }
}
