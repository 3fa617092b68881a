package com.wedsync.guardian.app.scenario;

import com.wedsync.guardian.calendar.CalendarLoad;
import com.wedsync.guardian.calendar.CalendarReadException;
import com.wedsync.guardian.calendar.CalendarSources;
import com.wedsync.guardian.wedding.Wedding;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Reads the calendar SOURCE of the forecast and scenario commands: {@code generated[:SEED]} for the
 * generated season, anything else through the calendar module's sources (ICS, JSON, CSV; a path or
 * an https: URL). A source that gives no wedding and has problems fails with its first problem.
 */
public final class CalendarFiles {

    private CalendarFiles() {
    }

    /** The weddings of {@code source} around [from, to]: the RSVP run-up weeks before included. */
    public static List<Wedding> read(String source, LocalDate from, LocalDate to) {
        if (source.equals(SyntheticSeason.PREFIX) || source.startsWith(SyntheticSeason.PREFIX + ":")) {
            return SyntheticSeason.generate(seed(source), from.minusWeeks(20), to.plusWeeks(6));
        }
        Instant start = from.minusWeeks(20).atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant end = to.plusWeeks(6).atStartOfDay(ZoneOffset.UTC).toInstant();
        CalendarLoad load;
        try {
            load = CalendarSources.create(CalendarSources.fromLocation(source).build()).load(start, end);
        } catch (CalendarReadException e) {
            throw new IllegalArgumentException("calendar " + source + ": " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("calendar " + source + ": " + e.getMessage());
        }
        if (load.weddings().isEmpty() && !load.problems().isEmpty()) {
            throw new IllegalArgumentException("calendar " + source + ": " + load.problems().get(0));
        }
        return load.weddings();
    }

    /** The seed of {@code generated:SEED}; 42 without one. */
    public static long seed(String source) {
        int colon = source.indexOf(':');
        if (colon < 0) {
            return 42;
        }
        try {
            return Long.parseLong(source.substring(colon + 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("calendar " + source + ": the seed after generated: must be a number");
        }
    }
}
