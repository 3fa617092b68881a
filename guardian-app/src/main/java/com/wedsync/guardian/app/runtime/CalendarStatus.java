package com.wedsync.guardian.app.runtime;

import com.wedsync.guardian.calendar.SourceStatus;
import com.wedsync.guardian.wedding.WeddingCalendar;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** The calendar the context is computed from, and whether it is fresh enough to trust. */
public interface CalendarStatus extends Supplier<WeddingCalendar> {

    /** When the calendar last refreshed successfully, if ever. */
    Optional<Instant> lastRefreshed();

    /** True when the last good copy is older than the configured age. */
    boolean stale(Instant now);

    /** How long ago each source last refreshed successfully, by source name. */
    Map<String, Duration> ages(Instant now);

    /** A sentence for the context's reasons and the calendar_stale alert. */
    String describe(Instant now);

    /** Each source's standing, for {@code GET /api/context}. */
    List<SourceStatus> sources(Instant now);

    /** A calendar that never changes (a test's): never stale. */
    static CalendarStatus fixed(WeddingCalendar calendar, Instant loadedAt) {
        return fixed("fixed", calendar, loadedAt);
    }

    /** A calendar that never changes (the demo's), as one source of that name: never stale. */
    static CalendarStatus fixed(String name, WeddingCalendar calendar, Instant loadedAt) {
        return new CalendarStatus() {
            @Override
            public WeddingCalendar get() {
                return calendar;
            }

            @Override
            public Optional<Instant> lastRefreshed() {
                return Optional.of(loadedAt);
            }

            @Override
            public Map<String, Duration> ages(Instant now) {
                return Map.of(name, Duration.between(loadedAt, now));
            }

            @Override
            public List<SourceStatus> sources(Instant now) {
                return List.of(new SourceStatus(name, Optional.of(loadedAt), Optional.of(loadedAt), calendar.size(), 0,
                        false, Optional.empty()));
            }

            @Override
            public boolean stale(Instant now) {
                return false;
            }

            @Override
            public String describe(Instant now) {
                return "calendar of " + calendar.size() + " wedding(s), fixed";
            }
        };
    }
}
