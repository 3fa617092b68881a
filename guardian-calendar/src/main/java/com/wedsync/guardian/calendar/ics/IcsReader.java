package com.wedsync.guardian.calendar.ics;

import com.wedsync.guardian.calendar.CalendarLoad;
import com.wedsync.guardian.calendar.CalendarProblem;
import com.wedsync.guardian.calendar.CalendarReadException;
import com.wedsync.guardian.calendar.CalendarSourceConfig;
import com.wedsync.guardian.calendar.WeddingLimit;
import com.wedsync.guardian.calendar.zone.ZoneResolver;
import com.wedsync.guardian.wedding.Wedding;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one iCalendar text into the weddings of a window. Never throws for a bad event: it becomes a
 * {@link CalendarProblem} with its line and the rest loads. Throws {@link CalendarReadException} only
 * when the text is not an iCalendar at all (an HTML page, garbage, an empty answer).
 */
public final class IcsReader {

    private final CalendarSourceConfig config;
    private final ZoneResolver zones;

    public IcsReader(CalendarSourceConfig config) {
        this(config, ZoneResolver.standard());
    }

    public IcsReader(CalendarSourceConfig config, ZoneResolver zones) {
        this.config = config;
        this.zones = zones;
    }

    public CalendarLoad read(String text, Instant from, Instant to) throws CalendarReadException {
        String body = IcsText.checkIsCalendar(text, config.name());
        boolean bare = IcsText.wasBare(text, body);
        IcsParser.Result parsed = new IcsParser().parse(body, bare ? -1 : 0);
        List<CalendarProblem> problems = new ArrayList<>();
        if (bare) {
            problems.add(problem(1, "no BEGIN:VCALENDAR; the events were read as one calendar"));
        }
        if (parsed.error() != null) {
            problems.add(problem(parsed.errorLine(), parsed.error()));
        }
        List<Wedding> weddings = new ArrayList<>();
        for (IcsComponent calendar : parsed.calendars()) {
            readCalendar(calendar, from, to, weddings, problems);
        }
        if (parsed.calendars().isEmpty() && parsed.error() != null) {
            throw new CalendarReadException("calendar '" + config.name() + "' could not be read: line "
                    + parsed.errorLine() + ": " + parsed.error());
        }
        WeddingLimit.check(config, weddings.size());
        weddings.sort(Comparator.comparing(Wedding::start).thenComparing(Wedding::id));
        // Problems are found pass by pass (parse, events, series); the reader wants them in the file's order.
        List<CalendarProblem> inLineOrder = new ArrayList<>(new java.util.LinkedHashSet<>(problems));
        inLineOrder.sort(Comparator.comparingInt(p -> p.hasLine() ? p.line() : Integer.MAX_VALUE));
        return new CalendarLoad(config.name(), weddings, inLineOrder, IcsText.fingerprint(body));
    }

    private void readCalendar(IcsComponent calendar, Instant from, Instant to,
                              List<Wedding> weddings, List<CalendarProblem> problems) throws CalendarReadException {
        ZoneId calendarZone = config.defaultZone();
        String wrZone = calendar.value("X-WR-TIMEZONE");
        if (wrZone != null && !wrZone.isBlank()) {
            var resolved = zones.resolve(wrZone);
            if (resolved.isPresent()) {
                calendarZone = resolved.get();
            } else {
                problems.add(problem(calendar.first("X-WR-TIMEZONE").line(), "unknown time zone '" + wrZone
                        + "' in X-WR-TIMEZONE; using " + calendarZone));
            }
        }
        List<IcsComponent> vtimezones = new ArrayList<>();
        List<IcsComponent> vevents = new ArrayList<>();
        for (IcsComponent c : calendar.children) {
            if (c.name.equals("VTIMEZONE")) {
                vtimezones.add(c);
            } else if (c.name.equals("VEVENT")) {
                vevents.add(c);
            }
        }
        IcsDates dates = new IcsDates(zones, calendarZone, new TimeZoneDefinitions(vtimezones, zones));
        Map<String, IcsEvent> masters = new LinkedHashMap<>();
        Map<String, List<IcsEvent>> overrides = new LinkedHashMap<>();
        for (IcsComponent c : vevents) {
            IcsEvent e;
            try {
                e = IcsEvent.from(c, dates);
            } catch (IcsDates.UnknownZoneException ex) {
                problems.add(problem(c.line, "event '" + label(c) + "' uses unknown time zone '" + ex.zone
                        + "'; event skipped"));
                continue;
            } catch (DateTimeParseException | IllegalArgumentException | ArithmeticException ex) {
                problems.add(problem(c.line, "event '" + label(c) + "' " + reason(ex) + "; event skipped"));
                continue;
            }
            if (e.uid == null) {
                e.uid = "nouid-" + Integer.toHexString((e.summary + "|" + e.description + "|" + e.start).hashCode());
            }
            if (e.recurrenceId != null) {
                overrides.computeIfAbsent(e.uid, k -> new ArrayList<>()).add(e);
            } else if (masters.putIfAbsent(e.uid, e) != null) {
                problems.add(problem(e.line, "event '" + label(c) + "' repeats UID " + e.uid + "; the first one is kept"));
            }
        }
        WeddingFactory factory = new WeddingFactory(config, calendarZone, problems);
        SeriesExpander expander = new SeriesExpander();
        for (IcsEvent master : masters.values()) {
            List<IcsEvent> own = overrides.getOrDefault(master.uid, List.of());
            if (master.cancelled) {
                continue;
            }
            Map<String, Occurrence> instances;
            try {
                instances = master.recurring()
                        ? expander.expand(master, from, to)
                        : single(master, from, to);
            } catch (SeriesExpander.TooManyInstances ex) {
                problems.add(problem(master.line, "series '" + master.summary + "' has " + ex.getMessage()
                        + "; only the first " + ex.kept.size() + " are kept"));
                instances = new LinkedHashMap<>();
                for (Occurrence o : ex.kept) {
                    instances.put(o.key(), o);
                }
            } catch (SeriesExpander.Unsupported ex) {
                problems.add(problem(master.line, "series '" + master.summary + "' " + ex.getMessage() + "; series skipped"));
                continue;
            } catch (RuntimeException ex) {
                problems.add(problem(master.line, master.recurring()
                        ? "event '" + master.summary + "' has a recurrence rule that cannot be read ('"
                                + String.join("', '", master.rrules) + "'); series skipped"
                        : "event '" + master.summary + "' " + reason(ex) + "; event skipped"));
                continue;
            }
            boolean allDay = master.start.dateOnly();
            for (IcsEvent o : own) {
                // Our own merge: the moved instance replaces its original slot, wherever it moved to.
                String key = Occurrence.key(allDay ? IcsTime.ofDate(o.recurrenceId.date(), master.start.zone())
                        : o.recurrenceId, allDay);
                instances.remove(key);
                if (!o.cancelled) {
                    IcsTime end = o.endFor(o.start);
                    if (SeriesExpander.overlaps(o.start.instant(), end.instant(), from, to)) {
                        instances.put(key, new Occurrence(o, o.start, end, key));
                    }
                }
            }
            for (Occurrence occ : instances.values()) {
                factory.add(occ, master.recurring() || !own.isEmpty(), weddings);
            }
            WeddingLimit.check(config, weddings.size());
        }
        for (Map.Entry<String, List<IcsEvent>> orphan : overrides.entrySet()) {
            if (masters.containsKey(orphan.getKey())) {
                continue;
            }
            // An instance shared without its series (Google does this for invitations): an event of its own.
            for (IcsEvent o : orphan.getValue()) {
                IcsTime end = o.endFor(o.start);
                if (!o.cancelled && SeriesExpander.overlaps(o.start.instant(), end.instant(), from, to)) {
                    String key = Occurrence.key(o.recurrenceId, o.recurrenceId.dateOnly());
                    factory.add(new Occurrence(o, o.start, end, key), true, weddings);
                }
            }
        }
    }

    private static Map<String, Occurrence> single(IcsEvent e, Instant from, Instant to) {
        Map<String, Occurrence> out = new LinkedHashMap<>();
        IcsTime end = e.endFor(e.start);
        if (end.instant().isBefore(e.start.instant())) {
            throw new IllegalArgumentException("ends before it starts (" + end.local() + " < " + e.start.local() + ")");
        }
        if (SeriesExpander.overlaps(e.start.instant(), end.instant(), from, to)) {
            String key = Occurrence.key(e.start, e.start.dateOnly());
            out.put(key, new Occurrence(e, e.start, end, key));
        }
        return out;
    }

    private CalendarProblem problem(int line, String message) {
        return new CalendarProblem(config.name(), line, message);
    }

    private static String label(IcsComponent c) {
        String summary = IcsEvent.text(c.value("SUMMARY"));
        if (!summary.isEmpty()) {
            return summary;
        }
        String uid = c.value("UID");
        return uid == null ? "(no summary)" : uid;
    }

    private static String reason(Exception ex) {
        if (ex instanceof DateTimeParseException p) {
            return "has a date that cannot be read: '" + p.getParsedString() + "'";
        }
        return ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
    }
}
