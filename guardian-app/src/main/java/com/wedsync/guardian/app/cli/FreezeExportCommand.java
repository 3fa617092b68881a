package com.wedsync.guardian.app.cli;

import com.wedsync.guardian.app.freeze.FreezeExport;
import com.wedsync.guardian.calendar.CalendarArgument;
import com.wedsync.guardian.calendar.CalendarLoad;
import com.wedsync.guardian.calendar.CalendarReadException;
import com.wedsync.guardian.freeze.FreezeSchedule;
import com.wedsync.guardian.wedding.WeddingCalendar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.Callable;

/** {@code guardian freeze export --format argocd|gitlab|ics}: the freezes of a range as windows for pulling tools. */
@Command(name = "export", mixinStandardHelpOptions = true, description = {
        "The freezes from --from to --to (UTC dates; default the next 30 days) as an Argo CD AppProject syncWindows",
        "patch (argocd), GitLab freeze-period bodies (gitlab) or an ICS calendar (ics), each window in its own zone."})
final class FreezeExportCommand implements Callable<Integer> {

    /** The longest range exported at once: a year of weddings is every real use. */
    static final int MAX_DAYS = 366;

    @Spec
    CommandSpec spec;

    @Option(names = "--format", required = true, paramLabel = "F", description = "argocd, gitlab or ics")
    String format;

    @Option(names = "--calendar", paramLabel = "SOURCE", description = CalendarArgument.HELP
            + " (without it: home-zone Saturdays and configured windows only)")
    String calendar;

    @Option(names = "--config", paramLabel = "FILE", description = "the freeze: and weddings: sections to apply")
    String config;

    @Option(names = "--from", paramLabel = "DATE", description = "first day, e.g. 2026-06-01 (default: today, UTC)")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "day after the last (default: 30 days after --from)")
    String to;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            FreezeExport export = FreezeExport.parse(format);
            LocalDate first = CalendarCommand.day(from, LocalDate.now(ZoneOffset.UTC), "--from");
            LocalDate end = CalendarCommand.day(to, first.plusDays(30), "--to");
            if (!end.isAfter(first) || end.isAfter(first.plusDays(MAX_DAYS))) {
                throw new IllegalArgumentException("--to must lie after --from and at most " + MAX_DAYS
                        + " days later, but was " + end);
            }
            Instant start = first.atStartOfDay(ZoneOffset.UTC).toInstant();
            Instant stop = end.atStartOfDay(ZoneOffset.UTC).toInstant();
            FreezeCommand.Policies p = FreezeCommand.Policies.of(config);
            WeddingCalendar weddings = WeddingCalendar.empty();
            if (calendar != null) {
                CalendarLoad load = CalendarCommand.load(calendar, null, start, stop);
                if (!load.problems().isEmpty()) {
                    CalendarCommand.printProblems(err, load.problems());
                    throw new IllegalArgumentException("the calendar has problems (above); nothing was exported");
                }
                weddings = WeddingCalendar.of(load.weddings());
            }
            out.print(export.render(new FreezeSchedule(p.context(), p.freeze()).between(weddings, start, stop), Instant.now()));
            out.flush();
            return 0;
        } catch (CalendarReadException | IllegalArgumentException e) {
            err.println("freeze export: " + e.getMessage());
            return GuardianCommand.EXIT_BAD_INPUT;
        }
    }
}
