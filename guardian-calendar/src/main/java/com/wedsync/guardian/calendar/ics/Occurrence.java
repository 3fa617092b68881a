package com.wedsync.guardian.calendar.ics;

/**
 * One instance of an event. {@code key} identifies its original slot in the series (what
 * RECURRENCE-ID and EXDATE refer to), so an override can replace it even when moved elsewhere.
 */
record Occurrence(IcsEvent event, IcsTime start, IcsTime end, String key) {

    static String key(IcsTime originalStart, boolean allDaySeries) {
        return allDaySeries || originalStart.dateOnly()
                ? originalStart.date().toString()
                : originalStart.instant().toString();
    }
}
