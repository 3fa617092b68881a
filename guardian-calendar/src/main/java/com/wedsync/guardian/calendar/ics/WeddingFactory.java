package com.wedsync.guardian.calendar.ics;

import com.wedsync.guardian.calendar.CalendarProblem;
import com.wedsync.guardian.calendar.CalendarSourceConfig;
import com.wedsync.guardian.wedding.Wedding;

import java.time.ZoneId;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns an occurrence into a {@link Wedding}: zone, title filter, guests and vendors. */
final class WeddingFactory {

    private static final Pattern GUESTS = Pattern.compile("(?i)\\bguests?\\s*[:=]\\s*(\\d{1,6})");
    private static final Pattern VENDORS = Pattern.compile("(?i)\\bvendors?\\s*[:=]\\s*(\\d{1,6})");

    private final CalendarSourceConfig config;
    private final ZoneId calendarZone;
    private final List<CalendarProblem> problems;
    // A series' instances arrive one after another: read its counts once, not once per instance.
    private IcsEvent counted;
    private int guests;
    private int vendors;

    WeddingFactory(CalendarSourceConfig config, ZoneId calendarZone, List<CalendarProblem> problems) {
        this.config = config;
        this.calendarZone = calendarZone;
        this.problems = problems;
    }

    void add(Occurrence o, boolean series, List<Wedding> out) {
        IcsEvent e = o.event();
        if (!config.accepts(e.summary)) {
            return;
        }
        // A UTC time says nothing about the venue: Google writes single events in UTC, and the
        // calendar's zone (X-WR-TIMEZONE, else the source's default) is where they happen.
        ZoneId zone = o.start().utc() ? calendarZone : o.start().zone();
        String id = series ? e.uid + "/" + o.key() : e.uid;
        if (counted != e) {
            guests = count(e.guests, GUESTS, e.description, config.defaultGuests(), Wedding.MAX_GUESTS,
                    "X-WEDSYNC-GUESTS", e);
            vendors = count(e.vendors, VENDORS, e.description, config.defaultVendors(), Wedding.MAX_VENDORS,
                    "X-WEDSYNC-VENDORS", e);
            counted = e;
        }
        try {
            out.add(new Wedding(id, e.summary, o.start().instant(), o.end().instant(), zone, o.start().dateOnly(),
                    guests, vendors, e.location, config.name()));
        } catch (IllegalArgumentException ex) {
            problems.add(new CalendarProblem(config.name(), e.line, "event '" + e.summary + "' ends before it starts"
                    + "; event skipped"));
        }
    }

    private int count(String explicit, Pattern inText, String description, int fallback, int max, String property,
                      IcsEvent e) {
        if (explicit != null) {
            try {
                long n = Long.parseLong(explicit);
                if (n >= 0 && n <= max) {
                    return (int) n;
                }
            } catch (NumberFormatException ignored) {
                // reported below
            }
            problems.add(new CalendarProblem(config.name(), e.line, property + " of event '" + e.summary
                    + "' must be a whole number from 0 to " + max + ", but was '" + shortened(explicit) + "'"));
        }
        Matcher m = inText.matcher(description);
        if (m.find() && Integer.parseInt(m.group(1)) <= max) {
            return Integer.parseInt(m.group(1));
        }
        return fallback;
    }

    private static String shortened(String value) {
        return value.length() <= 24 ? value : value.substring(0, 24) + "…";
    }
}
