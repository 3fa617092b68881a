package com.wedsync.guardian.calendar;

import com.wedsync.guardian.secret.Redactor;
import com.wedsync.guardian.wedding.PeakSeason;
import com.wedsync.guardian.wedding.SeasonRule;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * One entry of {@code calendars:} in guardian.yaml. Immutable; the builder rejects a bad value at once,
 * naming the field and the value. {@link #toString()} never shows the location's secrets or the password.
 */
public final class CalendarSourceConfig {

    /** The defaults and their reasons are declared in {@link CalendarSchema}. */
    public static final int DEFAULT_GUESTS = CalendarSchema.DEFAULT_GUESTS.defaultValue();
    public static final int DEFAULT_VENDORS = CalendarSchema.DEFAULT_VENDORS.defaultValue();
    public static final long DEFAULT_MAX_BYTES = CalendarSchema.MAX_BYTES.defaultValue();
    public static final int DEFAULT_MAX_WEDDINGS = CalendarSchema.MAX_WEDDINGS.defaultValue();

    private final String name;
    private final SourceType type;
    private final String location;
    private final String query;
    private final String username;
    private final String password;
    private final Duration pollInterval;
    private final Duration connectTimeout;
    private final Duration readTimeout;
    private final long maxBytes;
    private final int maxWeddings;
    private final ZoneId defaultZone;
    private final int defaultGuests;
    private final int defaultVendors;
    private final Pattern titleFilter;
    private final PeakSeason peakSeason;
    private final Duration staleAfter;
    private final Duration lookBehind;
    private final Duration lookAhead;

    private CalendarSourceConfig(Builder b) {
        this.name = b.name;
        this.type = b.type;
        this.location = b.location;
        this.query = b.query;
        this.username = b.username;
        this.password = b.password;
        this.pollInterval = b.pollInterval;
        this.connectTimeout = b.connectTimeout;
        this.readTimeout = b.readTimeout;
        this.maxBytes = b.maxBytes;
        this.maxWeddings = b.maxWeddings;
        this.defaultZone = b.defaultZone;
        this.defaultGuests = b.defaultGuests;
        this.defaultVendors = b.defaultVendors;
        this.titleFilter = b.titleFilter;
        this.peakSeason = b.peakSeason;
        this.staleAfter = b.staleAfter;
        this.lookBehind = b.lookBehind;
        this.lookAhead = b.lookAhead;
    }

    public static Builder builder(String name, SourceType type, String location) {
        return new Builder(name, type, location);
    }

    public String name() { return name; }
    public SourceType type() { return type; }
    /** A path, {@code file:} or {@code https:} URL, or for JDBC the JDBC URL. May hold a secret: never log it. */
    public String location() { return location; }
    public String query() { return query; }
    public String username() { return username; }
    /** May be null. A secret: never log it. */
    public String password() { return password; }
    public Duration pollInterval() { return pollInterval; }
    public Duration connectTimeout() { return connectTimeout; }
    public Duration readTimeout() { return readTimeout; }
    public long maxBytes() { return maxBytes; }
    public int maxWeddings() { return maxWeddings; }
    public ZoneId defaultZone() { return defaultZone; }
    public int defaultGuests() { return defaultGuests; }
    public int defaultVendors() { return defaultVendors; }
    public Optional<Pattern> titleFilter() { return Optional.ofNullable(titleFilter); }
    public PeakSeason peakSeason() { return peakSeason; }
    public Duration staleAfter() { return staleAfter; }
    public Duration lookBehind() { return lookBehind; }
    public Duration lookAhead() { return lookAhead; }

    /** This source's peak season, judged in its default zone, for {@code ContextPolicy}. */
    public SeasonRule seasonRule() {
        return new SeasonRule(name, defaultZone, peakSeason);
    }

    /** True when a wedding with this title belongs to the source (no filter: all do). */
    public boolean accepts(String title) {
        return titleFilter == null || titleFilter.matcher(title == null ? "" : title).find();
    }

    /** The location as it may be shown: without secrets. */
    public String safeLocation() {
        return Redactor.location(location);
    }

    @Override
    public String toString() {
        return "CalendarSourceConfig[" + name + ", " + type + ", " + safeLocation() + "]";
    }

    public static final class Builder {
        private final String name;
        private final SourceType type;
        private final String location;
        private String query;
        private String username;
        private String password;
        private Duration pollInterval = CalendarSchema.POLL_INTERVAL.defaultValue();
        private Duration connectTimeout = CalendarSchema.CONNECT_TIMEOUT.defaultValue();
        private Duration readTimeout = CalendarSchema.READ_TIMEOUT.defaultValue();
        private long maxBytes = DEFAULT_MAX_BYTES;
        private int maxWeddings = DEFAULT_MAX_WEDDINGS;
        private ZoneId defaultZone = CalendarSchema.DEFAULT_ZONE.defaultValue(); // "UTC", where ZoneOffset.UTC would print as "Z"
        private int defaultGuests = DEFAULT_GUESTS;
        private int defaultVendors = DEFAULT_VENDORS;
        private Pattern titleFilter;
        private PeakSeason peakSeason = PeakSeason.NORTHERN;
        private Duration staleAfter = CalendarSchema.STALE_AFTER.defaultValue();
        private Duration lookBehind = CalendarSchema.LOOK_BEHIND.defaultValue();
        private Duration lookAhead = CalendarSchema.LOOK_AHEAD.defaultValue();

        private Builder(String name, SourceType type, String location) {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("name must not be blank, but was '" + name + "'");
            }
            this.name = name.trim();
            this.type = Objects.requireNonNull(type, "type");
            if (location == null || location.isBlank()) {
                throw new IllegalArgumentException("url/path of calendar '" + name + "' must not be blank");
            }
            this.location = location.trim();
        }

        public Builder query(String query) { this.query = query; return this; }
        public Builder username(String username) { this.username = username; return this; }
        public Builder password(String password) { this.password = password; return this; }

        public Builder pollInterval(Duration d) { this.pollInterval = CalendarSchema.POLL_INTERVAL.check(d); return this; }
        public Builder connectTimeout(Duration d) { this.connectTimeout = CalendarSchema.CONNECT_TIMEOUT.check(d); return this; }
        public Builder readTimeout(Duration d) { this.readTimeout = CalendarSchema.READ_TIMEOUT.check(d); return this; }
        public Builder staleAfter(Duration d) { this.staleAfter = CalendarSchema.STALE_AFTER.check(d); return this; }
        public Builder lookBehind(Duration d) { this.lookBehind = CalendarSchema.LOOK_BEHIND.check(d); return this; }
        public Builder lookAhead(Duration d) { this.lookAhead = CalendarSchema.LOOK_AHEAD.check(d); return this; }

        public Builder maxBytes(long bytes) {
            this.maxBytes = CalendarSchema.MAX_BYTES.check(bytes);
            return this;
        }

        public Builder maxWeddings(int n) {
            this.maxWeddings = CalendarSchema.MAX_WEDDINGS.check(n);
            return this;
        }

        public Builder defaultZone(ZoneId zone) { this.defaultZone = Objects.requireNonNull(zone, "defaultZone"); return this; }

        public Builder defaultGuests(int n) {
            this.defaultGuests = CalendarSchema.DEFAULT_GUESTS.check(n);
            return this;
        }

        public Builder defaultVendors(int n) {
            this.defaultVendors = CalendarSchema.DEFAULT_VENDORS.check(n);
            return this;
        }

        /** A regular expression searched (case-insensitively) in each title; null or blank for none. */
        public Builder titleFilter(String regex) {
            if (regex == null || regex.isBlank()) {
                this.titleFilter = null;
                return this;
            }
            try {
                this.titleFilter = Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException("titleFilter must be a regular expression, but was '" + regex
                        + "': " + e.getDescription());
            }
            return this;
        }

        public Builder peakSeason(PeakSeason season) { this.peakSeason = Objects.requireNonNull(season, "peakSeason"); return this; }

        public Builder hemisphere(PeakSeason.Hemisphere h) { this.peakSeason = PeakSeason.of(Objects.requireNonNull(h, "hemisphere")); return this; }

        public CalendarSourceConfig build() {
            if (type == SourceType.JDBC && (query == null || query.isBlank())) {
                throw new IllegalArgumentException("query of jdbc calendar '" + name + "' must not be blank");
            }
            if (type == SourceType.JDBC && !location.startsWith("jdbc:")) {
                throw new IllegalArgumentException("url of jdbc calendar '" + name + "' must start with jdbc:, but was "
                        + Redactor.location(location));
            }
            return new CalendarSourceConfig(this);
        }
    }
}
