package com.wedsync.guardian.app.cli;

import com.wedsync.guardian.app.api.ContextDoc;
import com.wedsync.guardian.app.http.Json;
import com.wedsync.guardian.calendar.CalendarArgument;
import com.wedsync.guardian.calendar.CalendarLoad;
import com.wedsync.guardian.calendar.CalendarReadException;
import com.wedsync.guardian.health.HealthStatus;
import com.wedsync.guardian.text.Printable;
import com.wedsync.guardian.wedding.ContextAnalyzer;
import com.wedsync.guardian.wedding.ContextPolicy;
import com.wedsync.guardian.wedding.PeakSeason;
import com.wedsync.guardian.wedding.SeasonRule;
import com.wedsync.guardian.wedding.Wedding;
import com.wedsync.guardian.wedding.WeddingCalendar;
import com.wedsync.guardian.wedding.WeddingContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code guardian context --calendar SOURCE --at INSTANT [--json]}: what the weddings mean at one instant. */
@Command(name = "context", description = {
        "The wedding context at an instant: criticality 1-5, protected window, peak season, the weddings",
        "in progress, today and tomorrow (each venue's local dates), guests and vendors at risk, and why.",
        "Exit 2 when the calendar cannot be read or has problems (the context is still printed)."})
public final class ContextCommand implements Callable<Integer> {

    @Option(names = "--calendar", required = true, paramLabel = "SOURCE", description = CalendarArgument.HELP)
    String calendar;

    @Option(names = "--at", required = true, paramLabel = "INSTANT", description = "e.g. 2025-06-14T13:00:00Z")
    String at;

    @Option(names = "--zone", paramLabel = "ZONE", description = "zone for floating and UTC times when the calendar names none (default UTC)")
    String zone;

    @Option(names = "--home-zone", paramLabel = "ZONE", description = "a zone whose Saturdays 08:00-22:00 are always protected (repeatable)")
    List<String> homeZones = new ArrayList<>();

    @Option(names = "--hemisphere", paramLabel = "H", description = "northern (peak May-Oct, default) or southern (peak Oct-Apr)")
    String hemisphere;

    @Option(names = "--pool-health", paramLabel = "STATUS", description = "the pool's health (HEALTHY, DEGRADED, CRITICAL, DOWN): CRITICAL or DOWN during a wedding is EMERGENCY")
    String poolHealth;

    @Option(names = "--emergency", paramLabel = "WHY", description = "an operator-declared emergency, with its reason")
    String emergency;

    @Option(names = "--json", description = "print JSON")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            Instant instant = instant(at);
            ZoneId seasonZone = zone == null ? ZoneId.of("UTC") : CalendarCommand.zone(zone, "--zone");
            ContextPolicy.Builder policy = ContextPolicy.builder()
                    .season(new SeasonRule("calendar", seasonZone, PeakSeason.of(hemisphere(hemisphere))));
            for (String z : homeZones) {
                policy.homeZone(CalendarCommand.zone(z, "--home-zone"));
            }
            HealthStatus health = poolHealth == null ? null : health(poolHealth);
            // Enough around the instant for yesterday's late weddings, today and tomorrow in every zone.
            CalendarLoad load = CalendarCommand.load(calendar, zone, instant.minus(Duration.ofDays(2)),
                    instant.plus(Duration.ofDays(3)));
            WeddingContext ctx = new ContextAnalyzer(policy.build()).analyze(WeddingCalendar.of(load.weddings()), instant);
            if (health != null) {
                ctx = ctx.withPoolHealth(health);
            }
            if (emergency != null) {
                ctx = ctx.withEmergencyDeclared(emergency);
            }
            if (json) {
                out.println(Json.write(ContextDoc.of(ctx)));
            } else {
                print(out, ctx);
            }
            out.flush();
            CalendarCommand.printProblems(err, load.problems());
            return load.problems().isEmpty() ? 0 : GuardianCommand.EXIT_BAD_INPUT;
        } catch (CalendarReadException | IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return GuardianCommand.EXIT_BAD_INPUT;
        }
    }

    private static void print(PrintWriter out, WeddingContext ctx) {
        out.printf("at                %s%n", ctx.at());
        out.printf("criticality       %d %s%n", ctx.criticality().score(), ctx.criticality());
        out.printf("protected window  %s%n", ctx.protectedWindow() ? "yes" : "no");
        out.printf("peak season       %s%n", ctx.peakSeason() ? "yes" : "no");
        out.printf("guests at risk    %d%n", ctx.guestsAtRisk());
        out.printf("vendors at risk   %d%n", ctx.vendorsAtRisk());
        section(out, "in progress", ctx.inProgress());
        section(out, "today", ctx.today());
        section(out, "tomorrow", ctx.tomorrow());
        out.println("reasons");
        ctx.reasons().forEach(r -> out.println("  - " + Printable.escape(r)));
    }

    private static void section(PrintWriter out, String name, List<Wedding> weddings) {
        out.printf("%s (%d)%n", name, weddings.size());
        if (!weddings.isEmpty()) {
            CalendarCommand.printTable(out, weddings);
        }
    }

    static Instant instant(String value) {
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--at must be an instant like 2025-06-14T13:00:00Z, but was '" + value + "'");
        }
    }

    private static PeakSeason.Hemisphere hemisphere(String value) {
        if (value == null) {
            return PeakSeason.Hemisphere.NORTHERN;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "northern", "north", "n" -> PeakSeason.Hemisphere.NORTHERN;
            case "southern", "south", "s" -> PeakSeason.Hemisphere.SOUTHERN;
            default -> throw new IllegalArgumentException("--hemisphere must be northern or southern, but was '" + value + "'");
        };
    }

    private static HealthStatus health(String value) {
        try {
            return HealthStatus.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--pool-health must be one of HEALTHY, DEGRADED, CRITICAL, DOWN, UNKNOWN,"
                    + " but was '" + value + "'");
        }
    }
}
