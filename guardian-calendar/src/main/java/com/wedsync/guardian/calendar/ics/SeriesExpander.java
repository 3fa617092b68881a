package com.wedsync.guardian.calendar.ics;

import net.fortuna.ical4j.model.Recur;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Expands a master event's RRULE and RDATE over a bounded window (ical4j's {@link Recur} does the
 * rule arithmetic on the wall clock, so a 15:00 wedding stays 15:00 across a DST change), removes
 * EXDATEs, and leaves overrides to the caller, keyed by each instance's original start.
 */
final class SeriesExpander {

    /** More instances than this in one window is not a wedding series; keep the first ones and say so. */
    static final int MAX_INSTANCES = 2_000;

    private static final Pattern SUB_DAILY = Pattern.compile("(?i)(^|;)FREQ=(SECONDLY|MINUTELY|HOURLY)(;|$)");
    private static final Pattern UNTIL = Pattern.compile("(?i)UNTIL=(\\d{8})(T(\\d{6})(Z)?)?");
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss");

    /** Thrown when a series has more than {@link #MAX_INSTANCES} instances in the window. */
    static final class TooManyInstances extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient List<Occurrence> kept;

        TooManyInstances(List<Occurrence> kept) {
            super("more than " + MAX_INSTANCES + " occurrences in the window");
            this.kept = kept;
        }
    }

    /**
     * A rule the guardian does not expand: one repeating more often than daily with BY parts. No wedding
     * series does, and ical4j walks such a rule one step at a time from its seed (minutes for a seed decades
     * back) and may stop without saying so; the series is skipped and reported instead.
     */
    static final class Unsupported extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unsupported(String rule) {
            super("repeats more often than daily with a rule the guardian does not expand ('" + rule + "')",
                    null, false, false);
        }
    }

    /** The instances of {@code master} whose original slot could overlap [from, to), keyed by original start. */
    Map<String, Occurrence> expand(IcsEvent master, Instant from, Instant to) {
        IcsTime seed = master.start;
        IcsTime seedEnd = master.endFor(seed);
        java.time.Duration length = java.time.Duration.between(seed.instant(), seedEnd.instant());
        ZoneId zone = seed.zone();
        // Local bounds with a day's margin each side for zone offsets; exact filtering happens below.
        LocalDateTime lo = LocalDateTime.ofInstant(from.minus(length).minusSeconds(86_400), zone);
        LocalDateTime hi = LocalDateTime.ofInstant(to.plusSeconds(86_400), zone);

        List<IcsTime> starts = new ArrayList<>();
        starts.add(seed);
        // A rule's dates stop at the cap counted over [lo, hi], margins included: cut there, the window may hold
        // fewer than the cap and yet miss instances, which must be said too.
        boolean cut = false;
        for (String rule : master.rrules) {
            List<LocalDateTime> dates = dates(rule, seed, lo, hi);
            cut |= dates.size() > MAX_INSTANCES;
            for (LocalDateTime t : dates) {
                starts.add(new IcsTime(t, zone, seed.dateOnly(), seed.utc()));
            }
        }
        for (IcsTime r : master.rdates) {
            starts.add(seed.dateOnly() ? IcsTime.ofDate(r.date(), zone) : r.inZone(zone));
        }

        Set<String> excluded = new HashSet<>();
        Set<LocalDate> excludedDates = new HashSet<>();
        for (IcsTime ex : master.exdates) {
            if (ex.dateOnly() && !seed.dateOnly()) {
                excludedDates.add(ex.date());
            } else {
                excluded.add(Occurrence.key(seed.dateOnly() ? IcsTime.ofDate(ex.date(), zone) : ex, seed.dateOnly()));
            }
        }

        Map<String, Occurrence> out = new LinkedHashMap<>();
        for (IcsTime s : starts) {
            String key = Occurrence.key(s, seed.dateOnly());
            if (excluded.contains(key) || excludedDates.contains(s.date()) || out.containsKey(key)) {
                continue;
            }
            IcsTime e = master.endFor(s);
            if (!overlaps(s.instant(), e.instant(), from, to)) {
                continue;
            }
            if (out.size() == MAX_INSTANCES) {
                throw new TooManyInstances(new ArrayList<>(out.values()));
            }
            out.put(key, new Occurrence(master, s, e, key));
        }
        if (cut) {
            throw new TooManyInstances(new ArrayList<>(out.values()));
        }
        return out;
    }

    static boolean overlaps(Instant start, Instant end, Instant from, Instant to) {
        if (start.equals(end)) {
            return !start.isBefore(from) && start.isBefore(to);
        }
        return start.isBefore(to) && end.isAfter(from);
    }

    private static List<LocalDateTime> dates(String rule, IcsTime seed, LocalDateTime lo, LocalDateTime hi) {
        String local = localUntil(rule, seed);
        if (!seed.dateOnly()) {
            Optional<List<LocalDateTime>> simple = SimpleRecurrence.expand(local, seed.local(), until(local), lo, hi,
                    MAX_INSTANCES + 1);
            if (simple.isPresent()) {
                return simple.get();
            }
        }
        if (SUB_DAILY.matcher(rule).find()) {
            throw new Unsupported(rule);
        }
        if (seed.dateOnly()) {
            Recur<LocalDate> recur = new Recur<>(local);
            List<LocalDate> days = recur.getDates(seed.date(), lo.toLocalDate(), hi.toLocalDate().plusDays(1),
                    MAX_INSTANCES + 1);
            List<LocalDateTime> out = new ArrayList<>(days.size());
            for (LocalDate d : days) {
                out.add(d.atStartOfDay());
            }
            return out;
        }
        Recur<LocalDateTime> recur = new Recur<>(local);
        return recur.getDates(seed.local(), lo, hi, MAX_INSTANCES + 1);
    }

    /** The UNTIL of a rule already moved to the seed's wall clock by {@link #localUntil}. */
    private static LocalDateTime until(String localRule) {
        Matcher m = UNTIL.matcher(localRule);
        if (!m.find()) {
            return null;
        }
        return m.group(2) == null
                ? LocalDate.parse(m.group(1), DATE).atTime(23, 59, 59)
                : LocalDateTime.parse(m.group(1) + "T" + m.group(3), DATE_TIME);
    }

    /**
     * RFC 5545 writes UNTIL in UTC when DTSTART has a zone; the rule is evaluated on the seed's wall
     * clock, so UNTIL is moved to that wall clock (and to a DATE for all-day series) first.
     */
    static String localUntil(String rule, IcsTime seed) {
        Matcher m = UNTIL.matcher(rule);
        if (!m.find()) {
            return rule;
        }
        LocalDateTime until;
        if (m.group(2) == null) {
            until = LocalDate.parse(m.group(1), DATE).atTime(23, 59, 59);
        } else {
            LocalDateTime written = LocalDateTime.parse(m.group(1) + "T" + m.group(3), DATE_TIME);
            until = m.group(4) != null
                    ? LocalDateTime.ofInstant(written.atZone(java.time.ZoneOffset.UTC).toInstant(), seed.zone())
                    : written;
        }
        String replacement = seed.dateOnly() ? until.toLocalDate().format(DATE) : until.format(DATE_TIME);
        return m.replaceFirst("UNTIL=" + replacement);
    }
}
