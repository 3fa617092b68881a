package com.wedsync.guardian.calendar.zone;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves a zone name as a calendar writes it to an IANA zone: an IANA id, a Windows id
 * ("AUS Eastern Standard Time"), an Outlook display name ("(UTC+10:00) Canberra, Melbourne, Sydney"),
 * a path-style TZID ("/mozilla.org/20050126_1/Europe/London"), or a bare offset ("GMT+10:00").
 * Thread-safe; answers are cached, since a feed repeats the same few names thousands of times.
 */
public final class ZoneResolver {

    private static final ZoneResolver STANDARD = new ZoneResolver(WindowsZones.bundled());

    /** CLDR keeps old ids as its keys; users expect today's canonical names. */
    private static final Map<String, String> CANONICAL = Map.of(
            "Asia/Calcutta", "Asia/Kolkata",
            "Asia/Katmandu", "Asia/Kathmandu",
            "Asia/Rangoon", "Asia/Yangon",
            "Asia/Saigon", "Asia/Ho_Chi_Minh",
            "Europe/Kiev", "Europe/Kyiv",
            "America/Godthab", "America/Nuuk",
            "America/Buenos_Aires", "America/Argentina/Buenos_Aires",
            "America/Indianapolis", "America/Indiana/Indianapolis",
            "Etc/UTC", "UTC");

    private static final Pattern OFFSET = Pattern.compile(
            "^(?:UTC|GMT)?\\s*([+-])\\s*(\\d{1,2})(?:[:.]?(\\d{2}))?$", Pattern.CASE_INSENSITIVE);

    private final WindowsZones windows;
    private final Set<String> available = ZoneId.getAvailableZoneIds();
    private final Map<String, Optional<ZoneId>> cache = new ConcurrentHashMap<>();

    public ZoneResolver(WindowsZones windows) {
        this.windows = windows;
    }

    /** The resolver over the bundled CLDR table. */
    public static ZoneResolver standard() {
        return STANDARD;
    }

    /** The CLDR golden zones that exist in this JDK, as zones: candidates for matching by rules. */
    public List<ZoneId> candidates() {
        List<ZoneId> out = new ArrayList<>();
        for (String id : windows.goldenZones()) {
            iana(id).ifPresent(out::add);
        }
        return out;
    }

    /** The IANA zone for {@code name}, or empty when nothing matches. */
    public Optional<ZoneId> resolve(String name) {
        if (name == null) {
            return Optional.empty();
        }
        return cache.computeIfAbsent(name, this::lookUp);
    }

    private Optional<ZoneId> lookUp(String raw) {
        String name = raw.trim();
        if (name.length() >= 2 && name.startsWith("\"") && name.endsWith("\"")) {
            name = name.substring(1, name.length() - 1).trim();
        }
        if (name.isEmpty()) {
            return Optional.empty();
        }
        Optional<ZoneId> found = iana(name);
        if (found.isPresent()) {
            return found;
        }
        final String n = name;
        Optional<String> mapped = windows.ianaForWindowsId(n).or(() -> windows.ianaForDisplayName(n));
        if (mapped.isPresent()) {
            return iana(mapped.get());
        }
        // Older Windows display names add cities: "Pacific Time (US & Canada); Tijuana".
        for (int cut = Math.max(n.lastIndexOf(','), n.lastIndexOf(';')); cut > 0;
             cut = Math.max(n.lastIndexOf(',', cut - 1), n.lastIndexOf(';', cut - 1))) {
            Optional<String> shorter = windows.ianaForDisplayName(n.substring(0, cut));
            if (shorter.isPresent()) {
                return iana(shorter.get());
            }
        }
        if (n.equalsIgnoreCase("UTC") || n.equalsIgnoreCase("GMT") || n.equalsIgnoreCase("Z")) {
            return Optional.of(ZoneId.of("UTC"));
        }
        Optional<ZoneId> offset = offset(n);
        if (offset.isPresent()) {
            return offset;
        }
        // Path-style TZIDs (Mozilla, old ical4j) end in an IANA id: try each suffix after a '/'.
        for (int i = n.indexOf('/'); i >= 0 && i < n.length() - 1; i = n.indexOf('/', i + 1)) {
            Optional<ZoneId> suffix = iana(n.substring(i + 1));
            if (suffix.isPresent()) {
                return suffix;
            }
        }
        return Optional.empty();
    }

    private Optional<ZoneId> iana(String id) {
        String canonical = CANONICAL.getOrDefault(id, id);
        if (available.contains(canonical)) {
            return Optional.of(ZoneId.of(canonical));
        }
        if (available.contains(id)) {
            return Optional.of(ZoneId.of(id));
        }
        return Optional.empty();
    }

    private static Optional<ZoneId> offset(String name) {
        Matcher m = OFFSET.matcher(name);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            int hours = Integer.parseInt(m.group(2));
            int minutes = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
            int sign = m.group(1).equals("-") ? -1 : 1;
            return Optional.of(ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
