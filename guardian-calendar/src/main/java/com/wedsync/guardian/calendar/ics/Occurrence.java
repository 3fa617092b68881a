package com.wedsync.guardian.calendar.ics;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * One instance of an event. {@code key} identifies its original slot in the series (what
 * RECURRENCE-ID and EXDATE refer to), so an override can replace it even when moved elsewhere.
 */
record Occurrence(IcsEvent event, IcsTime start, IcsTime end, String key) {

    /** The original start's date for an all-day series, else its UTC instant ("2025-10-25T20:00:00Z"). */
    static String key(IcsTime originalStart, boolean allDaySeries) {
        return allDaySeries || originalStart.dateOnly()
                ? originalStart.date().toString()
                : iso(originalStart.instant());
    }

    /**
     * Instant.toString()'s text for whole seconds, without its formatter: a year's expansion makes
     * tens of thousands of keys, and the formatter allocates about a kilobyte each.
     */
    static String iso(Instant instant) {
        if (instant.getNano() != 0) {
            return instant.toString();
        }
        LocalDateTime t = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), 0, ZoneOffset.UTC);
        if (t.getYear() < 1000 || t.getYear() > 9999) {
            return instant.toString();
        }
        StringBuilder sb = new StringBuilder(20);
        sb.append(t.getYear()).append('-');
        two(sb, t.getMonthValue()).append('-');
        two(sb, t.getDayOfMonth()).append('T');
        two(sb, t.getHour()).append(':');
        two(sb, t.getMinute()).append(':');
        two(sb, t.getSecond()).append('Z');
        return sb.toString();
    }

    private static StringBuilder two(StringBuilder sb, int n) {
        return sb.append((char) ('0' + n / 10)).append((char) ('0' + n % 10));
    }
}
