package com.wedsync.guardian.freeze;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An extra window from config, in Argo CD's sync-window shape: it opens at each minute {@code schedule} fires in
 * {@code zone} and lasts {@code duration}. A deny window freezes; allow windows, when any exist, are the only
 * times a deploy may go out. Deny wins over allow.
 */
public record FreezeWindow(Kind kind, CronSchedule schedule, Duration duration, ZoneId zone) {

    /** Longest window: bounds the work of finding the openings that cover an instant. */
    public static final Duration MAX_DURATION = Duration.ofDays(7);

    public enum Kind { ALLOW, DENY }

    public FreezeWindow {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(zone, "timeZone");
        if (duration == null || duration.compareTo(Duration.ofMinutes(1)) < 0 || duration.compareTo(MAX_DURATION) > 0) {
            throw new IllegalArgumentException("duration must be between 1m and " + MAX_DURATION.toDays()
                    + "d, but was " + duration);
        }
    }

    /** The openings [start, start + duration) that overlap [from, to), ordered by start; a minute-by-minute walk. */
    public List<Instant[]> openings(Instant from, Instant to) {
        List<Instant[]> out = new ArrayList<>();
        Instant t = from.minus(duration).truncatedTo(ChronoUnit.MINUTES);
        for (; t.isBefore(to); t = t.plus(1, ChronoUnit.MINUTES)) {
            if (schedule.matches(LocalDateTime.ofInstant(t, zone))) {
                Instant end = t.plus(duration);
                if (end.isAfter(from)) {
                    out.add(new Instant[] {t, end});
                }
            }
        }
        return out;
    }

    public String describe() {
        return kind.name().toLowerCase(java.util.Locale.ROOT) + " window '" + schedule + "' for " + duration
                + " in " + zone;
    }
}
