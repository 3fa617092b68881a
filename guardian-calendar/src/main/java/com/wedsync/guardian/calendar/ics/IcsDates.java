package com.wedsync.guardian.calendar.ics;

import com.wedsync.guardian.calendar.zone.ZoneResolver;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses RFC 5545 DATE, DATE-TIME and DURATION values, with TZID resolved through {@link ZoneResolver}. */
final class IcsDates {

    /** A value's TZID names no zone we know: the event is reported, the rest of the feed loads. */
    static final class UnknownZoneException extends Exception {
        private static final long serialVersionUID = 1L;
        final String zone;

        UnknownZoneException(String zone) {
            super("unknown time zone '" + zone + "'");
            this.zone = zone;
        }
    }

    private static final Pattern DURATION = Pattern.compile(
            "([+-])?P(?:(\\d+)W)?(?:(\\d+)D)?(?:T(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+)S)?)?");

    private final ZoneResolver zones;
    private final ZoneId floatingZone;
    private final TimeZoneDefinitions definitions;

    IcsDates(ZoneResolver zones, ZoneId floatingZone, TimeZoneDefinitions definitions) {
        this.zones = zones;
        this.floatingZone = floatingZone;
        this.definitions = definitions;
    }

    ZoneId floatingZone() {
        return floatingZone;
    }

    /** One value of a date property. */
    IcsTime parse(IcsProperty p) throws UnknownZoneException {
        List<IcsTime> all = parseList(p);
        if (all.isEmpty()) {
            throw new DateTimeParseException("empty " + p.name() + " value", p.value(), 0);
        }
        return all.get(0);
    }

    /** Every value of a (possibly comma-separated) date property; a PERIOD contributes its start. */
    List<IcsTime> parseList(IcsProperty p) throws UnknownZoneException {
        ZoneId zone = floatingZone;
        String tzid = p.param("TZID");
        if (tzid != null && !tzid.isBlank()) {
            zone = zone(tzid);
        }
        boolean dateValue = "DATE".equalsIgnoreCase(p.param("VALUE"));
        List<IcsTime> out = new ArrayList<>();
        for (String raw : p.value().split(",")) {
            String v = raw.trim();
            if (v.isEmpty()) {
                continue;
            }
            int slash = v.indexOf('/');
            if (slash > 0) {
                v = v.substring(0, slash);
            }
            out.add(parseValue(v, zone, dateValue));
        }
        return out;
    }

    ZoneId zone(String tzid) throws UnknownZoneException {
        var resolved = zones.resolve(tzid);
        if (resolved.isPresent()) {
            return resolved.get();
        }
        var defined = definitions.zoneFor(tzid);
        if (defined.isPresent()) {
            return defined.get();
        }
        throw new UnknownZoneException(tzid);
    }

    private static IcsTime parseValue(String v, ZoneId zone, boolean dateValue) {
        // Google writes some birthday RDATEs as "20131210Z": a date with a stray UTC marker.
        if (v.length() == 8 || dateValue || (v.length() == 9 && (v.endsWith("Z") || v.endsWith("z")))) {
            return IcsTime.ofDate(date(v), zone);
        }
        boolean utc = v.endsWith("Z") || v.endsWith("z");
        LocalDateTime local = dateTime(v, utc ? v.length() - 1 : v.length());
        return utc ? IcsTime.ofUtc(local) : new IcsTime(local, zone, false, false);
    }

    // Hand-written digit parsing: a feed holds tens of thousands of these values, and a
    // DateTimeFormatter allocates about a kilobyte per parse.
    private static LocalDate date(String v) {
        if (v.length() < 8) {
            throw new DateTimeParseException("not a DATE", v, 0);
        }
        try {
            return LocalDate.of(digits(v, 0, 4), digits(v, 4, 6), digits(v, 6, 8));
        } catch (java.time.DateTimeException e) {
            throw new DateTimeParseException("not a DATE", v, 0);
        }
    }

    private static LocalDateTime dateTime(String v, int length) {
        if (length != 15 || v.charAt(8) != 'T' && v.charAt(8) != 't') {
            throw new DateTimeParseException("not a DATE-TIME", v, 0);
        }
        try {
            return LocalDateTime.of(digits(v, 0, 4), digits(v, 4, 6), digits(v, 6, 8),
                    digits(v, 9, 11), digits(v, 11, 13), Math.min(59, digits(v, 13, 15)));
        } catch (java.time.DateTimeException e) {
            throw new DateTimeParseException("not a DATE-TIME", v, 0);
        }
    }

    private static int digits(String v, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = v.charAt(i);
            if (c < '0' || c > '9') {
                throw new DateTimeParseException("not a date", v, i);
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    /** An RFC 5545 DURATION ("PT4H", "P1D", "P1W"): days as calendar days, the rest as exact time. */
    static IcsDuration parseDuration(String value) {
        Matcher m = DURATION.matcher(value.trim());
        if (!m.matches() || value.trim().equals("P") || value.trim().endsWith("T")) {
            throw new DateTimeParseException("not a DURATION", value, 0);
        }
        int sign = "-".equals(m.group(1)) ? -1 : 1;
        int days = group(m, 2) * 7 + group(m, 3);
        long seconds = group(m, 4) * 3600L + group(m, 5) * 60L + group(m, 6);
        return new IcsDuration(Period.ofDays(sign * days), Duration.ofSeconds(sign * seconds));
    }

    /** A DURATION: whole days follow the wall clock across DST, hours/minutes/seconds are exact. */
    record IcsDuration(Period days, Duration time) {
    }

    private static int group(Matcher m, int i) {
        return m.group(i) == null ? 0 : Integer.parseInt(m.group(i));
    }
}
