package com.wedsync.guardian.freeze;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * One window of an export, in the zone it belongs to: a wedding's freeze in its venue's zone, a home zone's
 * Saturday, or a window from config. {@code schedule} is the 5-field cron a pulling tool repeats it by (a one-off's
 * cron names its minute, hour, day and month); {@code occurrences} are its starts within the exported range.
 */
public record ScheduledFreeze(FreezeWindow.Kind kind, String schedule, Duration duration, ZoneId zone, String reason,
                              List<ZonedDateTime> occurrences) {

    public ScheduledFreeze {
        occurrences = List.copyOf(occurrences);
    }

    /** A one-off window starting at {@code start}. */
    static ScheduledFreeze once(ZonedDateTime start, Duration duration, String reason) {
        return new ScheduledFreeze(FreezeWindow.Kind.DENY, cronOf(start), duration, start.getZone(), reason,
                List.of(start));
    }

    /** The cron that fires at {@code t}'s minute, hour, day and month. */
    public static String cronOf(ZonedDateTime t) {
        return t.getMinute() + " " + t.getHour() + " " + t.getDayOfMonth() + " " + t.getMonthValue() + " *";
    }
}
