package com.wedsync.guardian.calendar.ics;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A DTSTART/DTEND/RECURRENCE-ID/EXDATE value as written: a date (all-day), a UTC date-time, or a
 * wall-clock date-time in a zone (from TZID, else the calendar's zone for floating times).
 *
 * @param local the wall-clock value (midnight for a date)
 * @param zone  the zone the wall clock is read in (UTC for a value ending in Z)
 */
record IcsTime(LocalDateTime local, ZoneId zone, boolean dateOnly, boolean utc) {

    static IcsTime ofDate(LocalDate date, ZoneId zone) {
        return new IcsTime(date.atStartOfDay(), zone, true, false);
    }

    static IcsTime ofUtc(LocalDateTime local) {
        return new IcsTime(local, ZoneOffset.UTC, false, true);
    }

    Instant instant() {
        return local.atZone(zone).toInstant();
    }

    LocalDate date() {
        return local.toLocalDate();
    }

    /** The same instant's wall clock moved to another zone. */
    IcsTime inZone(ZoneId other) {
        if (dateOnly) {
            return new IcsTime(local, other, true, false);
        }
        return new IcsTime(LocalDateTime.ofInstant(instant(), other), other, false, false);
    }
}
