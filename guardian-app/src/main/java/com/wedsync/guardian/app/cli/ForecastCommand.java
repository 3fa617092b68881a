package com.wedsync.guardian.app.cli;

import com.wedsync.guardian.app.api.ForecastDoc;
import com.wedsync.guardian.app.http.Json;
import com.wedsync.guardian.calendar.CalendarArgument;
import com.wedsync.guardian.calendar.CalendarLoad;
import com.wedsync.guardian.calendar.CalendarReadException;
import com.wedsync.guardian.calendar.CalendarSource;
import com.wedsync.guardian.calendar.generated.GeneratedHistory;
import com.wedsync.guardian.calendar.generated.GeneratedSeason;
import com.wedsync.guardian.forecast.Forecast;
import com.wedsync.guardian.forecast.ForecastAccuracy;
import com.wedsync.guardian.forecast.ForecastPoint;
import com.wedsync.guardian.forecast.Forecaster;
import com.wedsync.guardian.forecast.LoadModel;
import com.wedsync.guardian.forecast.LoadObservation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code guardian forecast}: expected connections per step from a calendar, with the model's accuracy. */
@Command(name = "forecast", mixinStandardHelpOptions = true,
        description = "Forecast a pool's concurrent connections from a wedding calendar (and, for a generated calendar, its history).")
public final class ForecastCommand implements Callable<Integer> {

    /** A forecast longer than this is refused: it would print (and compute) for minutes. */
    static final int MAX_POINTS = 10_000;

    @Spec
    CommandSpec spec;

    @Option(names = "--calendar", required = true, paramLabel = "SOURCE", description = CalendarArgument.HELP)
    String calendar;

    @Option(names = "--from", required = true, paramLabel = "DATE", description = "first point: a date (start of day in --zone) or an instant")
    String from;

    @Option(names = "--to", required = true, paramLabel = "DATE", description = "last point: a date (through its end) or an instant")
    String to;

    @Option(names = "--step", defaultValue = "1h",
            description = "time between points, whole hours; each point is the peak of the hours it covers (default ${DEFAULT-VALUE})")
    String step;

    @Option(names = "--zone", defaultValue = "UTC", description = "zone of the dates and of the weekly baseline (default ${DEFAULT-VALUE})")
    String zone;

    @Option(names = "--pool", defaultValue = "default", description = "pool name to report (default ${DEFAULT-VALUE})")
    String pool;

    @Option(names = "--json", description = "print JSON")
    boolean json;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Forecast f;
        String method;
        CalendarLoad load;
        try {
            ZoneId z = ZoneId.of(zone);
            Instant start = ScalingArgs.instant("--from", from, z, false);
            Duration st = ScalingArgs.duration("--step", step, Duration.ofMinutes(1), Duration.ofDays(7));
            if (st.isZero() || !st.equals(Duration.ofHours(st.toHours()))) {
                throw new IllegalArgumentException("--step must be a whole number of hours like 1h, 6h or 1d (the model is hourly),"
                        + " but was " + step);
            }
            Instant end = ScalingArgs.instant("--to", to, z, true);
            if (!to.contains("T")) {
                end = end.minus(st);
            }
            if (end.isBefore(start)) {
                throw new IllegalArgumentException("--to (" + to + ") must not be before --from (" + from + ")");
            }
            if (Duration.between(start, end).dividedBy(st) >= MAX_POINTS) {
                throw new IllegalArgumentException("--from " + from + " to --to " + to + " in steps of " + step + " is more than "
                        + MAX_POINTS + " points: narrow the range or widen --step");
            }
            CalendarSource source = CalendarArgument.resolve(calendar, null);
            // Weddings up to 28 days after --to already cause RSVP load inside it; the generated history reaches 12 weeks back.
            load = source.load(start.atZone(z).toLocalDate().minusWeeks(20).atStartOfDay(ZoneOffset.UTC).toInstant(),
                    end.atZone(z).toLocalDate().plusWeeks(6).atStartOfDay(ZoneOffset.UTC).toInstant());
            LoadModel model = LoadModel.builder().homeZone(z).build();
            Forecaster forecaster = new Forecaster(model);
            List<LoadObservation> history = List.of();
            method = "unknown: no history for this calendar, calendar priors only";
            if (source instanceof GeneratedSeason generated) {
                // The generated calendar comes with its generated history: 12 weeks before --from, the last week held back.
                history = GeneratedHistory.generate(generated.seed(), load.weddings(), model, start.minus(Duration.ofDays(84)),
                        start, Duration.ofMinutes(30));
                method = "last week of 12 weeks of generated history held back, against seasonal naive";
            }
            f = forecaster.forecast(pool, load.weddings(), history, start, end, st, start);
        } catch (CalendarReadException | IllegalArgumentException | java.time.DateTimeException e) {
            err.println("forecast: " + e.getMessage());
            return GuardianCommand.EXIT_BAD_INPUT;
        }
        if (json) {
            out.println(Json.write(ForecastDoc.of(f, method)));
        } else {
            print(out, f, method, step);
        }
        out.flush();
        if (load.problems().isEmpty()) {
            return 0;
        }
        CalendarCommand.printProblems(err, load.problems());
        err.println("forecast: calendar " + load.source() + " has " + load.problems().size()
                + " problem(s), listed above; the forecast leaves those events out");
        return GuardianCommand.EXIT_BAD_INPUT;
    }

    private static void print(PrintWriter out, Forecast f, String method, String step) {
        out.printf(Locale.ROOT, "forecast for pool %s (%s); each row is the peak of the %s from its time%n", f.pool(), f.basis(), step);
        out.printf(Locale.ROOT, "%-22s %10s %8s %8s %6s %8s%n", "at", "expected", "low", "high", "conf", "weddings");
        for (ForecastPoint p : f.points()) {
            out.printf(Locale.ROOT, "%-22s %10.2f %8.2f %8.2f %6.2f %8d%n", p.at().atOffset(ZoneOffset.UTC).toLocalDateTime() + "Z",
                    p.expectedConnections(), p.low(), p.high(), p.confidence(), p.weddingsActive());
        }
        ForecastAccuracy a = f.accuracy();
        if (a.known()) {
            out.printf(Locale.ROOT, "accuracy: MASE %.3f, bias %+.3f connections over %d hours (%s)%n", a.mase(), a.bias(), a.samples(), method);
        } else {
            out.println("accuracy: " + method);
        }
    }
}
