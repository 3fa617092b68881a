package com.wedsync.guardian.calendar.zone;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Windows time-zone ids and their display names mapped to IANA zones, read from the bundled CLDR
 * {@code windowsZones.xml}. ical4j's own alias table is old and partly wrong (docs/calendars.md),
 * so CLDR is the source. Each Windows zone carries CLDR's comment with its display name, e.g.
 * "(UTC+10:00) Canberra, Melbourne, Sydney", which is what Outlook writes as a TZID.
 */
public final class WindowsZones {

    static final String RESOURCE = "windowsZones.xml";

    private static final Pattern COMMENT = Pattern.compile("<!--\\s*(\\(UTC[^)]*\\)\\s*[^<]*?)\\s*-->");
    private static final Pattern MAP_ZONE = Pattern.compile(
            "<mapZone other=\"([^\"]+)\" territory=\"001\" type=\"([^\" ]+)\"");
    /** "(UTC+10:00) ", "(GMT+10.00) ", "(UTC) " in front of a display name. */
    private static final Pattern DISPLAY_PREFIX = Pattern.compile("^\\((?:UTC|GMT)(?:\\s*[+-]\\s*\\d{1,2}(?:[:.]\\d{2})?)?\\)\\s*");

    private final Map<String, String> byWindowsId;
    private final Map<String, String> byDisplayName;
    private final List<String> golden;

    private WindowsZones(Map<String, String> byWindowsId, Map<String, String> byDisplayName, List<String> golden) {
        this.byWindowsId = byWindowsId;
        this.byDisplayName = byDisplayName;
        this.golden = golden;
    }

    /** One IANA zone per Windows zone, in CLDR's order (by offset): the candidates for matching a zone by its rules. */
    public List<String> goldenZones() {
        return golden;
    }

    /** The bundled CLDR table. */
    public static WindowsZones bundled() {
        try (InputStream in = WindowsZones.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + RESOURCE + " missing from the guardian-calendar jar");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    static WindowsZones read(InputStream in) throws IOException {
        Map<String, String> byId = new HashMap<>();
        Map<String, String> byDisplay = new HashMap<>();
        List<String> golden = new ArrayList<>();
        String pendingDisplay = null;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                Matcher c = COMMENT.matcher(line);
                if (c.find()) {
                    pendingDisplay = c.group(1);
                }
                Matcher m = MAP_ZONE.matcher(line);
                if (m.find()) {
                    String windowsId = unescape(m.group(1));
                    String iana = m.group(2);
                    byId.put(key(windowsId), iana);
                    golden.add(iana);
                    if (pendingDisplay != null) {
                        byDisplay.put(displayKey(unescape(pendingDisplay)), iana);
                        pendingDisplay = null;
                    }
                }
            }
        }
        return new WindowsZones(Map.copyOf(byId), Map.copyOf(byDisplay), List.copyOf(golden));
    }

    /** The IANA id for a Windows zone id such as "AUS Eastern Standard Time". */
    public Optional<String> ianaForWindowsId(String windowsId) {
        return Optional.ofNullable(byWindowsId.get(key(windowsId)));
    }

    /** The IANA id for a display name, with or without its "(UTC+10:00)" prefix. */
    public Optional<String> ianaForDisplayName(String displayName) {
        return Optional.ofNullable(byDisplayName.get(displayKey(displayName)));
    }

    public int size() {
        return byWindowsId.size();
    }

    private static String key(String s) {
        return s.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    static String displayKey(String s) {
        return key(DISPLAY_PREFIX.matcher(s.trim()).replaceFirst(""));
    }

    private static String unescape(String s) {
        return s.replace("&amp;", "&").replace("&quot;", "\"").replace("&apos;", "'")
                .replace("&lt;", "<").replace("&gt;", ">");
    }
}
