package com.wedsync.guardian.app.config;

import com.wedsync.guardian.calendar.CalendarSourceConfig;
import com.wedsync.guardian.calendar.SourceType;
import com.wedsync.guardian.wedding.ContextPolicy;
import com.wedsync.guardian.wedding.PeakSeason;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * {@code calendars:} the wedding sources (ics, json, csv, jdbc), and {@code weddings:} the context policy
 * (home zones for Saturday protection, protected hours).
 */
final class CalendarsSection {

    private CalendarsSection() {
    }

    static List<CalendarSourceConfig> sources(ConfigNode root) {
        List<CalendarSourceConfig> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (ConfigNode c : root.list("calendars")) {
            c.allowOnly("name", "type", "url", "path", "query", "user", "password", "pollInterval", "connectTimeout",
                    "readTimeout", "staleAfter", "lookBehind", "lookAhead", "maxBytes", "maxWeddings", "defaultZone",
                    "defaultGuests", "defaultVendors", "titleFilter", "hemisphere");
            String name = c.requiredString("name");
            if (!name.isEmpty() && !names.add(name)) {
                c.problem("name", "duplicate calendar name '" + name + "'");
            }
            String key = c.has("url") || !c.has("path") ? "url" : "path";
            Optional<String> location = c.optionalString(key).filter(l -> !l.isBlank());
            if (location.isEmpty()) {
                // an unset ${VARIABLE} is reported by name already; the calendar is skipped, the rest still checked
                c.problem(key, c.has(key) ? "must not be empty"
                        : "is required (an https: or file: URL, a path, or for jdbc a JDBC URL)");
                continue;
            }
            SourceType type = c.parsed("type", "one of ics, json, csv, jdbc", SourceType::parse)
                    .orElseGet(() -> SourceType.guess(location.get()));
            if (type == SourceType.ICS && location.get().contains("://")
                    && !location.get().toLowerCase(Locale.ROOT).matches("^(https|file|http)://.*")) {
                c.problem("url", "an ics calendar must be an https: or file: URL or a path");
            }
            CalendarSourceConfig.Builder b = CalendarSourceConfig.builder(name.isEmpty() ? "calendar" : name, type,
                    location.get());
            c.set("query", c::optionalString, b::query);
            c.set("user", c::optionalString, b::username);
            c.set("password", c::optionalString, b::password);
            c.set("pollInterval", c::optionalDuration, b::pollInterval);
            c.set("connectTimeout", c::optionalDuration, b::connectTimeout);
            c.set("readTimeout", c::optionalDuration, b::readTimeout);
            c.set("staleAfter", c::optionalDuration, b::staleAfter);
            c.set("lookBehind", c::optionalDuration, b::lookBehind);
            c.set("lookAhead", c::optionalDuration, b::lookAhead);
            c.set("maxBytes", c::optionalLong, b::maxBytes);
            c.set("maxWeddings", c::optionalInt, b::maxWeddings);
            c.set("defaultZone", k -> c.parsed(k, "an IANA zone such as Europe/London", ZoneId::of), b::defaultZone);
            c.set("defaultGuests", c::optionalInt, b::defaultGuests);
            c.set("defaultVendors", c::optionalInt, b::defaultVendors);
            c.set("titleFilter", c::optionalString, b::titleFilter);
            c.set("hemisphere", k -> c.parsed(k, "northern or southern",
                    v -> PeakSeason.Hemisphere.valueOf(v.toUpperCase(Locale.ROOT))), b::hemisphere);
            try {
                out.add(b.build());
            } catch (IllegalArgumentException e) {
                c.problem(e.getMessage());
            }
        }
        return out;
    }

    /** {@code weddings: {homeZones: [Europe/London], protectedHours: "08:00-22:00"}} plus each source's season. */
    static ContextPolicy policy(ConfigNode w, List<CalendarSourceConfig> sources) {
        w.allowOnly("homeZones", "protectedHours");
        ContextPolicy.Builder b = ContextPolicy.builder();
        List<String> zones = w.stringList("homeZones");
        for (int i = 0; i < zones.size(); i++) {
            try {
                b.homeZone(ZoneId.of(zones.get(i)));
            } catch (RuntimeException e) {
                w.problem("homeZones[" + i + "]", "must be an IANA zone such as Europe/London, but was '" + zones.get(i) + "'");
            }
        }
        w.optionalString("protectedHours").ifPresent(h -> {
            String[] parts = h.split("-");
            try {
                b.protectedHours(LocalTime.parse(parts[0].trim()), LocalTime.parse(parts[1].trim()));
            } catch (RuntimeException e) {
                w.problem("protectedHours", "must look like 08:00-22:00, but was '" + h + "'");
            }
        });
        sources.forEach(s -> b.season(s.seasonRule()));
        return b.build();
    }
}
