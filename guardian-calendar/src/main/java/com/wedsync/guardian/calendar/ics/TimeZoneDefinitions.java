package com.wedsync.guardian.calendar.ics;

import com.wedsync.guardian.calendar.zone.ZoneResolver;
import net.fortuna.ical4j.model.Recur;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What a feed's own VTIMEZONE blocks say about a TZID we cannot resolve by name ("Customized Time
 * Zone", "GMT +0100 (Standard) / GMT +0200 (Daylight)" from Outlook and Exchange): the IANA zone in
 * {@code X-LIC-LOCATION} (Apple, Mozilla); else a fixed offset when there is no daylight rule; else
 * the first CLDR zone whose offsets agree with the block's rules around every transition and in
 * every month of two recent years, so local times come out exactly as the block defines them.
 */
final class TimeZoneDefinitions {

    /** The years whose transitions a candidate must reproduce. */
    private static final int[] SAMPLE_YEARS = {2025, 2026};
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss");

    private final Map<String, ZoneId> byTzid = new HashMap<>();

    TimeZoneDefinitions(List<IcsComponent> vtimezones, ZoneResolver zones) {
        for (IcsComponent tz : vtimezones) {
            String tzid = tz.value("TZID");
            if (tzid == null) {
                continue;
            }
            String location = tz.value("X-LIC-LOCATION");
            Optional<ZoneId> zone = location == null ? Optional.empty() : zones.resolve(location);
            if (zone.isEmpty()) {
                zone = fixedOffset(tz);
            }
            if (zone.isEmpty()) {
                zone = matchByRules(tz, zones);
            }
            zone.ifPresent(z -> byTzid.put(key(tzid), z));
        }
    }

    Optional<ZoneId> zoneFor(String tzid) {
        return Optional.ofNullable(byTzid.get(key(tzid)));
    }

    private static String key(String tzid) {
        String t = tzid.trim();
        return t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"") ? t.substring(1, t.length() - 1).trim() : t;
    }

    private static Optional<ZoneId> fixedOffset(IcsComponent tz) {
        boolean daylight = false;
        String offset = null;
        for (IcsComponent part : tz.children) {
            if (part.name.equals("DAYLIGHT")) {
                daylight = true;
            } else if (part.name.equals("STANDARD")) {
                offset = part.value("TZOFFSETTO");
            }
        }
        if (daylight || offset == null) {
            return Optional.empty();
        }
        return offset(offset).map(ZoneId.class::cast);
    }

    /** Transitions (instant to offset after it) the block defines in the sample years and the year before. */
    private static Optional<ZoneId> matchByRules(IcsComponent tz, ZoneResolver zones) {
        TreeMap<Instant, ZoneOffset> transitions = new TreeMap<>();
        try {
            for (IcsComponent part : tz.children) {
                String start = part.value("DTSTART");
                Optional<ZoneOffset> from = offset(part.value("TZOFFSETFROM"));
                Optional<ZoneOffset> to = offset(part.value("TZOFFSETTO"));
                if (start == null || from.isEmpty() || to.isEmpty()) {
                    return Optional.empty();
                }
                LocalDateTime seed = LocalDateTime.parse(start.trim(), DATE_TIME);
                String rule = part.value("RRULE");
                List<LocalDateTime> local = new ArrayList<>();
                if (rule == null) {
                    local.add(seed);
                } else {
                    LocalDateTime lo = LocalDate.of(SAMPLE_YEARS[0] - 1, 1, 1).atStartOfDay();
                    LocalDateTime hi = LocalDate.of(SAMPLE_YEARS[SAMPLE_YEARS.length - 1] + 1, 1, 1).atStartOfDay();
                    local.addAll(new Recur<LocalDateTime>(rule.replace(" ", "")).getDates(seed, lo, hi, 100));
                }
                for (LocalDateTime t : local) {
                    transitions.put(t.toInstant(from.get()), to.get());
                }
            }
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
        if (transitions.isEmpty()) {
            return Optional.empty();
        }
        List<Instant> samples = new ArrayList<>();
        for (int year : SAMPLE_YEARS) {
            for (int month = 1; month <= 12; month++) {
                samples.add(LocalDate.of(year, month, 15).atTime(12, 0).toInstant(ZoneOffset.UTC));
            }
        }
        for (Instant t : transitions.keySet()) {
            samples.add(t.minusSeconds(3600));
            samples.add(t.plusSeconds(3600));
        }
        for (ZoneId candidate : zones.candidates()) {
            if (agrees(candidate, transitions, samples)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static boolean agrees(ZoneId candidate, TreeMap<Instant, ZoneOffset> transitions, List<Instant> samples) {
        for (Instant s : samples) {
            Map.Entry<Instant, ZoneOffset> before = transitions.floorEntry(s);
            if (before == null) {
                continue;
            }
            if (!candidate.getRules().getOffset(s).equals(before.getValue())) {
                return false;
            }
        }
        return true;
    }

    private static Optional<ZoneOffset> offset(String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            String o = value.trim();
            if (o.length() == 5) {
                o = o.substring(0, 3) + ":" + o.substring(3);
            } else if (o.length() == 7) {
                o = o.substring(0, 3) + ":" + o.substring(3, 5) + ":" + o.substring(5);
            }
            return Optional.of(ZoneOffset.of(o));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
