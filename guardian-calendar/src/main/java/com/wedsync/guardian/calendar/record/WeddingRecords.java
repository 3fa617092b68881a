package com.wedsync.guardian.calendar.record;

import com.wedsync.guardian.calendar.CalendarProblem;
import com.wedsync.guardian.calendar.CalendarSourceConfig;
import com.wedsync.guardian.calendar.zone.ZoneResolver;
import com.wedsync.guardian.wedding.Wedding;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Turns one record (field name to value: strings from JSON/CSV, typed values from JDBC) into a
 * {@link Wedding}, or into a problem naming the record's line and the field that is wrong.
 * Times may be instants ("2025-06-14T13:00:00Z"), offset date-times, local date-times read in the
 * record's {@code timeZone} (else the source's default zone), or dates for all-day weddings.
 */
public final class WeddingRecords {

    /** The field names, as the issue gives them. */
    public static final List<String> FIELDS = List.of("id", "title", "start", "end", "timeZone", "guests",
            "vendors", "venue", "status");

    private final CalendarSourceConfig config;
    private final ZoneResolver zones;

    public WeddingRecords(CalendarSourceConfig config) {
        this.config = config;
        this.zones = ZoneResolver.standard();
    }

    /** The wedding, or empty when the record is skipped (cancelled, filtered, outside the window, or bad). */
    public Optional<Wedding> toWedding(Map<String, ?> raw, int line, Instant from, Instant to,
                                       List<CalendarProblem> problems) {
        Map<String, Object> r = normalise(raw);
        String id = text(r.get("id"));
        if (id.isEmpty()) {
            problems.add(problem(line, "record has no id; skipped"));
            return Optional.empty();
        }
        String title = text(r.get("title"));
        String status = text(r.get("status")).toLowerCase(Locale.ROOT);
        if (status.equals("cancelled") || status.equals("canceled") || !config.accepts(title)) {
            return Optional.empty();
        }
        try {
            ZoneId zone = config.defaultZone();
            String tz = text(r.get("timezone"));
            if (!tz.isEmpty()) {
                zone = zones.resolve(tz).orElseThrow(() -> new IllegalArgumentException(
                        "uses unknown time zone '" + tz + "'"));
            }
            Object startValue = r.get("start");
            if (startValue == null || text(startValue).isEmpty()) {
                throw new IllegalArgumentException("has no start");
            }
            Time start = time(startValue, zone, "start");
            Object endValue = r.get("end");
            Time end;
            if (endValue == null || text(endValue).isEmpty()) {
                if (!start.allDay) {
                    throw new IllegalArgumentException("has no end");
                }
                end = new Time(start.local.plusDays(1).atZone(zone).toInstant(), start.local.plusDays(1), true);
            } else {
                end = time(endValue, zone, "end");
            }
            if (end.instant.isBefore(start.instant)) {
                throw new IllegalArgumentException("ends before it starts");
            }
            if (!(start.instant.isBefore(to) && (end.instant.isAfter(from) || start.instant.equals(end.instant)
                    && !start.instant.isBefore(from)))) {
                return Optional.empty();
            }
            int guests = count(r.get("guests"), config.defaultGuests(), Wedding.MAX_GUESTS, "guests");
            int vendors = count(r.get("vendors"), config.defaultVendors(), Wedding.MAX_VENDORS, "vendors");
            return Optional.of(new Wedding(id, title, start.instant, end.instant, zone, start.allDay, guests, vendors,
                    text(r.get("venue")), config.name()));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            problems.add(problem(line, "wedding '" + id + "' " + e.getMessage() + "; skipped"));
            return Optional.empty();
        }
    }

    private record Time(Instant instant, LocalDateTime local, boolean allDay) {
    }

    private static Time time(Object v, ZoneId zone, String field) {
        if (v instanceof Instant i) {
            return new Time(i, LocalDateTime.ofInstant(i, zone), false);
        }
        if (v instanceof OffsetDateTime o) {
            return new Time(o.toInstant(), LocalDateTime.ofInstant(o.toInstant(), zone), false);
        }
        if (v instanceof ZonedDateTime z) {
            return new Time(z.toInstant(), LocalDateTime.ofInstant(z.toInstant(), zone), false);
        }
        if (v instanceof LocalDateTime l) {
            return new Time(l.atZone(zone).toInstant(), l, false);
        }
        if (v instanceof LocalDate d) {
            return new Time(d.atStartOfDay(zone).toInstant(), d.atStartOfDay(), true);
        }
        String s = text(v).replace(' ', 'T');
        if (s.length() == 10) {
            return time(parseOr(s, LocalDate::parse, v, field), zone, field);
        }
        if (s.endsWith("Z") || s.endsWith("z")) {
            return time(parseOr(s.toUpperCase(Locale.ROOT), Instant::parse, v, field), zone, field);
        }
        try {
            return time(OffsetDateTime.parse(s), zone, field);
        } catch (DateTimeParseException notOffset) {
            return time(parseOr(s, LocalDateTime::parse, v, field), zone, field);
        }
    }

    private static <T> T parseOr(String s, java.util.function.Function<String, T> parser, Object raw, String field) {
        try {
            return parser.apply(s);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("has a " + field + " that cannot be read: '" + text(raw) + "'");
        }
    }

    private int count(Object v, int fallback, int max, String field) {
        if (v == null || text(v).isEmpty()) {
            return fallback;
        }
        if (v instanceof Number n && n.doubleValue() == n.longValue() && n.longValue() >= 0 && n.longValue() <= max) {
            return n.intValue();
        }
        try {
            long n = Long.parseLong(text(v));
            if (n >= 0 && n <= max) {
                return (int) n;
            }
        } catch (NumberFormatException ignored) {
            // falls through to the message below
        }
        String shown = text(v).length() <= 24 ? text(v) : text(v).substring(0, 24) + "…";
        throw new IllegalArgumentException("has " + field + " '" + shown + "', which must be a whole number from 0 to " + max);
    }

    private CalendarProblem problem(int line, String message) {
        return new CalendarProblem(config.name(), line, message);
    }

    /** Field names compared without case, and with "time_zone"/"timezone" the same as "timeZone". */
    private static Map<String, Object> normalise(Map<String, ?> raw) {
        Map<String, Object> out = new HashMap<>();
        for (Map.Entry<String, ?> e : raw.entrySet()) {
            if (e.getKey() != null) {
                out.put(e.getKey().trim().toLowerCase(Locale.ROOT).replace("_", ""), e.getValue());
            }
        }
        return out;
    }

    private static String text(Object v) {
        return v == null ? "" : v.toString().trim();
    }
}
