package com.wedsync.guardian.calendar.ics;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A VEVENT with its values interpreted. Built by {@link #from}, which throws on a value it cannot read. */
final class IcsEvent {

    String uid;
    String summary = "";
    String description = "";
    String location = "";
    boolean cancelled;
    IcsTime start;
    IcsTime end;
    IcsDates.IcsDuration duration;
    final List<String> rrules = new ArrayList<>();
    final List<IcsTime> rdates = new ArrayList<>();
    final List<IcsTime> exdates = new ArrayList<>();
    IcsTime recurrenceId;
    String guests;
    String vendors;
    int line;

    static IcsEvent from(IcsComponent c, IcsDates dates) throws IcsDates.UnknownZoneException {
        IcsEvent e = new IcsEvent();
        e.line = c.line;
        e.uid = trimToNull(c.value("UID"));
        e.summary = text(c.value("SUMMARY"));
        e.description = text(c.value("DESCRIPTION"));
        e.location = text(c.value("LOCATION"));
        String status = c.value("STATUS");
        e.cancelled = status != null && status.trim().toUpperCase(Locale.ROOT).equals("CANCELLED");
        IcsProperty dtstart = c.first("DTSTART");
        if (dtstart == null) {
            throw new IllegalArgumentException("has no DTSTART");
        }
        e.start = dates.parse(dtstart);
        IcsProperty dtend = c.first("DTEND");
        if (dtend != null && !dtend.value().isBlank()) {
            e.end = dates.parse(dtend);
        } else if (c.first("DURATION") != null) {
            e.duration = IcsDates.parseDuration(c.value("DURATION"));
        }
        for (IcsProperty p : c.all("RRULE")) {
            if (!p.value().isBlank()) {
                // Exchange writes "BYDAY=MO, TU, WE": spaces are never meaningful in a rule.
                e.rrules.add(p.value().replace(" ", "").trim());
            }
        }
        for (IcsProperty p : c.all("RDATE")) {
            e.rdates.addAll(dates.parseList(p));
        }
        for (IcsProperty p : c.all("EXDATE")) {
            e.exdates.addAll(dates.parseList(p));
        }
        IcsProperty rid = c.first("RECURRENCE-ID");
        if (rid != null) {
            e.recurrenceId = dates.parse(rid);
        }
        e.guests = trimToNull(c.value("X-WEDSYNC-GUESTS"));
        e.vendors = trimToNull(c.value("X-WEDSYNC-VENDORS"));
        return e;
    }

    boolean recurring() {
        return !rrules.isEmpty() || !rdates.isEmpty();
    }

    /** The end for an instance starting at {@code s}: DTEND's exact length, DURATION, or RFC 5545's defaults. */
    IcsTime endFor(IcsTime s) {
        if (end != null) {
            if (start.dateOnly()) {
                long days = java.time.temporal.ChronoUnit.DAYS.between(start.date(), end.date());
                return new IcsTime(s.local().plusDays(days), s.zone(), true, false);
            }
            java.time.Duration exact = java.time.Duration.between(start.instant(), end.instant());
            return fromInstant(s, s.instant().plus(exact));
        }
        if (duration != null) {
            LocalDateTime wall = s.local().plus(duration.days());
            IcsTime byDays = new IcsTime(wall, s.zone(), s.dateOnly(), s.utc());
            return fromInstant(s, byDays.instant().plus(duration.time()));
        }
        // RFC 5545 3.6.1: a DATE start lasts one day; a DATE-TIME start with no end ends where it starts.
        return s.dateOnly() ? new IcsTime(s.local().plusDays(1), s.zone(), true, false) : s;
    }

    private static IcsTime fromInstant(IcsTime like, java.time.Instant at) {
        return new IcsTime(LocalDateTime.ofInstant(at, like.zone()), like.zone(), like.dateOnly(), like.utc());
    }

    static String text(String raw) {
        if (raw == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char ch = raw.charAt(i);
            if (ch == '\\' && i + 1 < raw.length()) {
                char n = raw.charAt(++i);
                sb.append(n == 'n' || n == 'N' ? '\n' : n);
            } else {
                sb.append(ch);
            }
        }
        return sb.toString().trim();
    }

    private static String trimToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
