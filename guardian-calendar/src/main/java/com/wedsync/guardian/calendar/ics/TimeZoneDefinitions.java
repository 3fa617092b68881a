package com.wedsync.guardian.calendar.ics;

import com.wedsync.guardian.calendar.zone.ZoneResolver;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a feed's own VTIMEZONE blocks say about a TZID we cannot resolve by name: the IANA zone named
 * in {@code X-LIC-LOCATION} (Apple, Mozilla), or a fixed offset when the block has no daylight rule.
 * A custom zone with daylight rules and no location stays unknown: guessing would put weddings at the
 * wrong hour, which is worse than reporting them.
 */
final class TimeZoneDefinitions {

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
            zone.ifPresent(z -> byTzid.put(tzid.trim(), z));
        }
    }

    Optional<ZoneId> zoneFor(String tzid) {
        return Optional.ofNullable(byTzid.get(tzid.trim()));
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
        try {
            String o = offset.trim();
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
