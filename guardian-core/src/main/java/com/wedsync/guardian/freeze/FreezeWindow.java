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
        FreezeSchema.DURATION.check(duration);
    }

    /**
     * The openings [start, start + duration) that overlap [from, to), ordered by start. The walk is in the window's
     * local time and skips whole days and hours the schedule never fires in, so a rare schedule costs a few steps a
     * day; a minute the clocks skip (a DST gap) opens at the first minute after it.
     */
    public List<Instant[]> openings(Instant from, Instant to) {
        List<Instant[]> out = new ArrayList<>();
        LocalDateTime t = LocalDateTime.ofInstant(from.minus(duration), zone).truncatedTo(ChronoUnit.MINUTES);
        LocalDateTime end = LocalDateTime.ofInstant(to, zone).plusHours(3); // past any DST shift of the range's end
        while (t.isBefore(end)) {
            if (!schedule.firesOn(t.toLocalDate())) {
                t = t.toLocalDate().plusDays(1).atStartOfDay();
            } else if (!schedule.firesInHour(t.getHour())) {
                t = t.truncatedTo(ChronoUnit.HOURS).plusHours(1);
            } else {
                if (schedule.matches(t)) {
                    Instant start = t.atZone(zone).toInstant();
                    Instant stop = start.plus(duration);
                    if (stop.isAfter(from) && start.isBefore(to)) {
                        out.add(new Instant[] {start, stop});
                    }
                }
                t = t.plusMinutes(1);
            }
        }
        return out;
    }

    public String describe() {
        return kind.name().toLowerCase(java.util.Locale.ROOT) + " window '" + schedule + "' for " + duration
                + " in " + zone;
    }
}
