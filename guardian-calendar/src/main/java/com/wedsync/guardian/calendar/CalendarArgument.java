package com.wedsync.guardian.calendar;

import com.wedsync.guardian.calendar.generated.GeneratedSeason;
import com.wedsync.guardian.secret.Redactor;

import java.time.ZoneId;

/**
 * A calendar named on a command line ({@code --calendar SOURCE}, {@code calendar inspect SOURCE}): every
 * source the service reads, an ICS, JSON or CSV file (by its extension) as a path or {@code file:} URL,
 * or an {@code http(s):} URL, and {@code generated[:SEED]}, the seeded season. Every command resolves
 * its SOURCE here, so a SOURCE means the same to each of them.
 */
public final class CalendarArgument {

    /** What a SOURCE may be, for every command's help. */
    public static final String HELP = "an ICS, JSON or CSV file (path or file: URL), an http(s): URL, or generated[:SEED]";

    private static final int MAX_LENGTH = 4096;
    private static final long DEFAULT_SEED = 42;

    private CalendarArgument() {
    }

    /**
     * The source {@code text} names; {@code defaultZone} (may be null) is the zone of its floating and UTC
     * times. A bad SOURCE is an {@link IllegalArgumentException} whose one-line message names it.
     */
    public static CalendarSource resolve(String text, ZoneId defaultZone) {
        String source = text == null ? "" : text.strip();
        if (source.isEmpty()) {
            throw new IllegalArgumentException("calendar SOURCE must be a file, an http(s): URL or generated[:SEED], but was empty");
        }
        if (source.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("calendar SOURCE must be at most " + MAX_LENGTH + " characters, but had " + source.length());
        }
        if (source.equals(GeneratedSeason.PREFIX) || source.startsWith(GeneratedSeason.PREFIX + ":")) {
            return new GeneratedSeason(seed(source));
        }
        if (SourceType.guess(source) == SourceType.JDBC) {
            throw new IllegalArgumentException("calendar " + Redactor.location(source) + ": a JDBC source needs a query;"
                    + " configure it under calendars: in guardian.yaml");
        }
        try {
            CalendarSourceConfig.Builder b = CalendarSources.fromLocation(source);
            if (defaultZone != null) {
                b.defaultZone(defaultZone);
            }
            return CalendarSources.create(b.build());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("calendar " + Redactor.location(source) + ": " + e.getMessage(), e);
        }
    }

    private static long seed(String source) {
        if (source.equals(GeneratedSeason.PREFIX)) {
            return DEFAULT_SEED;
        }
        String seed = source.substring(GeneratedSeason.PREFIX.length() + 1);
        try {
            return Long.parseLong(seed);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("calendar " + source + ": the seed after generated: must be a whole number, but was '"
                    + seed + "'");
        }
    }
}
