package com.wedsync.guardian.app.cli;

import com.wedsync.guardian.app.api.WeddingDoc;
import com.wedsync.guardian.app.http.Json;
import com.wedsync.guardian.calendar.CalendarArgument;
import com.wedsync.guardian.calendar.CalendarLoad;
import com.wedsync.guardian.calendar.CalendarProblem;
import com.wedsync.guardian.calendar.CalendarReadException;
import com.wedsync.guardian.calendar.zone.ZoneResolver;
import com.wedsync.guardian.text.Printable;
import com.wedsync.guardian.wedding.Wedding;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code guardian calendar ...}: look at what a calendar source holds. */
@Command(name = "calendar", description = "Inspect calendar sources.", subcommands = CalendarCommand.Inspect.class)
public final class CalendarCommand implements Runnable {

    static final DateTimeFormatter LOCAL = DateTimeFormatter.ISO_LOCAL_DATE_TIME;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code guardian calendar inspect SOURCE [--from DATE] [--to DATE] [--json]}. */
    @Command(name = "inspect", description = {
            "List every wedding a source holds in a window, with UTC and venue-local times, and its problems.",
            "SOURCE is an ICS, JSON or CSV file (path or file: URL), an http(s): URL, or generated[:SEED].",
            "Exit 2 when the source cannot be read or has problems."})
    static final class Inspect implements Callable<Integer> {

        @Parameters(index = "0", paramLabel = "SOURCE", description = CalendarArgument.HELP)
        String source;

        @Option(names = "--from", paramLabel = "DATE", description = "first day (UTC), default 7 days ago")
        String from;

        @Option(names = "--to", paramLabel = "DATE", description = "last day (UTC, inclusive), default a year from today")
        String to;

        @Option(names = "--zone", paramLabel = "ZONE", description = "zone for floating and UTC times when the calendar names none (default UTC)")
        String zone;

        @Option(names = "--json", description = "print JSON")
        boolean json;

        @Spec
        CommandSpec spec;

        Clock clock = Clock.systemUTC();

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            try {
                LocalDate today = LocalDate.now(clock);
                Instant start = day(from, today.minusDays(7), "--from").atStartOfDay(ZoneOffset.UTC).toInstant();
                Instant end = day(to, today.plusDays(365), "--to").plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
                if (!end.isAfter(start)) {
                    throw new IllegalArgumentException("--to must not be before --from");
                }
                CalendarLoad load = load(source, zone, start, end);
                // Only the default window hides weddings the user did not ask about: say where they are.
                Optional<OutsideWindow> outside = from == null && to == null
                        ? OutsideWindow.survey(source, zone, today, start, end) : Optional.empty();
                if (json) {
                    Map<String, Object> doc = new LinkedHashMap<>();
                    doc.put("source", load.source());
                    doc.put("from", start.toString());
                    doc.put("to", end.toString());
                    doc.put("weddings", load.weddings().stream().map(WeddingDoc::of).toList());
                    outside.ifPresent(o -> doc.put("outsideWindow", o.json()));
                    doc.put("problems", load.problems().stream().map(CalendarCommand::problemJson).toList());
                    out.println(Json.write(doc));
                } else {
                    printTable(out, load.weddings());
                    out.printf("%d wedding(s) from %s to %s%s%n", load.weddings().size(), start, end,
                            outside.map(OutsideWindow::hint).orElse(""));
                }
                printProblems(err, load.problems());
                out.flush();
                return load.problems().isEmpty() ? 0 : GuardianCommand.EXIT_BAD_INPUT;
            } catch (CalendarReadException | IllegalArgumentException e) {
                err.println("error: " + e.getMessage());
                return GuardianCommand.EXIT_BAD_INPUT;
            }
        }
    }

    /** Reads a source given as the CLI's SOURCE, with an optional default zone. */
    static CalendarLoad load(String source, String zone, Instant from, Instant to) throws CalendarReadException {
        return CalendarArgument.resolve(source, zone == null ? null : zone(zone, "--zone")).load(from, to);
    }

    static ZoneId zone(String name, String option) {
        return ZoneResolver.standard().resolve(name).orElseThrow(() ->
                new IllegalArgumentException(option + " must be a time zone (e.g. Europe/London), but was '" + name + "'"));
    }

    static LocalDate day(String value, LocalDate fallback, String option) {
        if (value == null) {
            return fallback;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(option + " must be a date like 2025-06-14, but was '" + value + "'");
        }
    }

    static Map<String, Object> problemJson(CalendarProblem p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("line", p.hasLine() ? p.line() : null);
        m.put("message", p.message());
        return m;
    }

    static void printProblems(PrintWriter err, List<CalendarProblem> problems) {
        for (CalendarProblem p : problems) {
            err.println("problem: " + Printable.escape(p.atLine()));
        }
        err.flush();
    }

    static void printTable(PrintWriter out, List<Wedding> weddings) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"START (UTC)", "LOCAL START", "LOCAL END", "ZONE", "GUESTS", "VENDORS", "TITLE", "VENUE"});
        for (Wedding w : weddings) {
            rows.add(new String[] {w.start().toString(), w.localStart().format(LOCAL) + (w.allDay() ? " (all day)" : ""),
                    w.localEnd().format(LOCAL), w.zone().getId(), String.valueOf(w.guests()), String.valueOf(w.vendors()),
                    Printable.escape(w.title()), Printable.escape(w.venue())});
        }
        int[] width = new int[rows.get(0).length];
        for (String[] r : rows) {
            for (int i = 0; i < r.length; i++) {
                width[i] = Math.max(width[i], Math.min(r[i].length(), 40));
            }
        }
        for (String[] r : rows) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < r.length; i++) {
                String cell = r[i].length() > 40 ? r[i].substring(0, 39) + "…" : r[i];
                sb.append(String.format("%-" + width[i] + "s", cell)).append(i < r.length - 1 ? "  " : "");
            }
            out.println(sb.toString().stripTrailing());
        }
    }
}
