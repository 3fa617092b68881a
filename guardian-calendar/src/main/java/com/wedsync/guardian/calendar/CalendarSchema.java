package com.wedsync.guardian.calendar;

import com.wedsync.guardian.config.ConfigReader;
import com.wedsync.guardian.config.Entries;
import com.wedsync.guardian.config.Section;
import com.wedsync.guardian.config.Setting;
import com.wedsync.guardian.config.ValueType;
import com.wedsync.guardian.secret.Secret;
import com.wedsync.guardian.time.Durations;
import com.wedsync.guardian.wedding.PeakSeason;

import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** {@code calendars[]:} the keys of a wedding source, declared once; {@link CalendarSourceConfig}'s builder checks against these. */
public final class CalendarSchema {

    public static final Setting<String> NAME = Setting.string("name", null, "the source's name, in logs and the API")
            .required();
    public static final Setting<SourceType> TYPE = Setting.enumOf("type", SourceType.class, null,
            "how the source is read").defaultText("from the location: .json, .csv, jdbc:, else ics");
    public static final Setting<String> URL = Setting.string("url", null,
            "an https: or file: URL, or for jdbc a JDBC URL (one of url or path is required)");
    public static final Setting<String> PATH = Setting.string("path", null, "a file on this host, instead of url");
    public static final Setting<String> QUERY = Setting.string("query", null,
            "for jdbc: the SELECT giving id, title, start, end, timeZone, guests, vendors, venue, status");
    public static final Setting<String> USER = Setting.string("user", null, "for jdbc: the database user");
    public static final Setting<Secret> PASSWORD = Setting.secret("password", "for jdbc: the database password");
    public static final Setting<Duration> POLL_INTERVAL = atLeast("pollInterval", Duration.ofSeconds(1),
            Duration.ofMinutes(5), "how often the source is read again");
    public static final Setting<Duration> CONNECT_TIMEOUT = atLeast("connectTimeout", Duration.ofMillis(1),
            Duration.ofSeconds(10), "how long connecting to the source may take");
    public static final Setting<Duration> READ_TIMEOUT = atLeast("readTimeout", Duration.ofMillis(1),
            Duration.ofSeconds(30), "how long reading the source may take");
    public static final Setting<Duration> STALE_AFTER = atLeast("staleAfter", Duration.ofSeconds(1), Duration.ofHours(1),
            "a copy older than this is stale (home-zone Saturdays stay protected)");
    public static final Setting<Duration> LOOK_BEHIND = atLeast("lookBehind", Duration.ZERO, Duration.ofDays(7),
            "weddings kept this far into the past");
    public static final Setting<Duration> LOOK_AHEAD = atLeast("lookAhead", Duration.ofDays(1), Duration.ofDays(400),
            "weddings read this far ahead");
    /** The limit: a feed over 20 MB is refused. */
    public static final Setting<Long> MAX_BYTES = Setting.longIn("maxBytes", 1, Long.MAX_VALUE, 20L * 1024 * 1024,
            "a larger read is refused and the last good copy kept");
    /**
     * Issue 10: the most weddings one source may hold in its window, far above any real calendar (a busy platform has
     * a few thousand a year); beyond it the read is refused and the last good copy kept.
     */
    public static final Setting<Integer> MAX_WEDDINGS = Setting.atLeast("maxWeddings", 1, 100_000,
            "more weddings in the window: the read is refused, the last good copy kept");
    public static final Setting<ZoneId> DEFAULT_ZONE = Setting.zone("defaultZone", ZoneId.of("UTC"),
            "the zone of a wedding that names none");
    /** docs/wedding-domain.md: about 116 guests per wedding (The Knot 2025). */
    public static final Setting<Integer> DEFAULT_GUESTS = Setting.atLeast("defaultGuests", 0, 116,
            "the guests of a wedding that says nothing of them");
    /** docs/wedding-domain.md: about 14 vendors per wedding (The Knot 2025). */
    public static final Setting<Integer> DEFAULT_VENDORS = Setting.atLeast("defaultVendors", 0, 14,
            "the vendors of a wedding that says nothing of them");
    public static final Setting<String> TITLE_FILTER = Setting.of("titleFilter", ValueType.parsed("a regular expression",
            "java.lang.String", CalendarSchema::regex, t -> t), null,
            "only events whose title holds a match (case-insensitive) are weddings");
    public static final Setting<PeakSeason.Hemisphere> HEMISPHERE = Setting.enumOf("hemisphere",
            PeakSeason.Hemisphere.class, PeakSeason.Hemisphere.NORTHERN, "whose peak season the source's weddings follow");

    public static final Entries CALENDARS = Entries.of("calendars", "the wedding sources (ics, json, csv, jdbc)",
            Section.of("", "one source", NAME, TYPE, URL, PATH, QUERY, USER, PASSWORD, POLL_INTERVAL, CONNECT_TIMEOUT,
                    READ_TIMEOUT, STALE_AFTER, LOOK_BEHIND, LOOK_AHEAD, MAX_BYTES, MAX_WEDDINGS, DEFAULT_ZONE,
                    DEFAULT_GUESTS, DEFAULT_VENDORS, TITLE_FILTER, HEMISPHERE));

    private CalendarSchema() {
    }

    private static Setting<Duration> atLeast(String key, Duration min, Duration defaultValue, String doc) {
        return Setting.duration(key, min, Durations.LIMIT, defaultValue, doc);
    }

    /** {@code text} when it is a regular expression. */
    static String regex(String text) {
        try {
            Pattern.compile(text);
            return text;
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("must be a regular expression, but was " + ValueType.quoted(text) + ": "
                    + e.getDescription());
        }
    }

    /** The sources these entries describe; an entry with a problem is left out (and the problem recorded). */
    public static List<CalendarSourceConfig> sources(List<ConfigReader> entries) {
        List<CalendarSourceConfig> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (ConfigReader c : entries) {
            String name = c.find(NAME).orElse("");
            if (!name.isEmpty() && !names.add(name)) {
                c.problem(NAME, "duplicate calendar name '" + name + "'");
            }
            source(c, name.isEmpty() ? "calendar" : name).ifPresent(out::add);
        }
        return out;
    }

    private static Optional<CalendarSourceConfig> source(ConfigReader c, String name) {
        Setting<String> key = c.has(URL) || !c.has(PATH) ? URL : PATH;
        Optional<String> location = c.find(key).filter(l -> !l.isBlank());
        if (location.isEmpty()) {
            // an unset ${VARIABLE} is reported by name already; the source is skipped, the rest still checked
            c.problem(key, c.has(key) ? "must not be empty" : "is required (an https: or file: URL, a path, or for jdbc a JDBC URL)");
            return Optional.empty();
        }
        SourceType type = c.find(TYPE).orElseGet(() -> SourceType.guess(location.get()));
        if (type == SourceType.ICS && location.get().contains("://")
                && !location.get().toLowerCase(Locale.ROOT).matches("^(https|file|http)://.*")) {
            c.problem(URL, "an ics calendar must be an https: or file: URL or a path");
        }
        CalendarSourceConfig.Builder b = CalendarSourceConfig.builder(name, type, location.get())
                .pollInterval(c.get(POLL_INTERVAL)).connectTimeout(c.get(CONNECT_TIMEOUT)).readTimeout(c.get(READ_TIMEOUT))
                .staleAfter(c.get(STALE_AFTER)).lookBehind(c.get(LOOK_BEHIND)).lookAhead(c.get(LOOK_AHEAD))
                .maxBytes(c.get(MAX_BYTES)).maxWeddings(c.get(MAX_WEDDINGS)).defaultZone(c.get(DEFAULT_ZONE))
                .defaultGuests(c.get(DEFAULT_GUESTS)).defaultVendors(c.get(DEFAULT_VENDORS)).hemisphere(c.get(HEMISPHERE));
        c.find(QUERY).ifPresent(b::query);
        c.find(USER).ifPresent(b::username);
        c.find(PASSWORD).ifPresent(p -> b.password(p.reveal()));
        c.find(TITLE_FILTER).ifPresent(b::titleFilter);
        return c.build(b::build);
    }
}
