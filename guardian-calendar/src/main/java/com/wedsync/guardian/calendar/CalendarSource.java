package com.wedsync.guardian.calendar;

import java.time.Instant;

/** One place weddings come from. Implementations may keep state between reads (ETag, last content). */
public interface CalendarSource {

    String name();

    /**
     * Reads the source and returns the weddings that overlap [from, to), recurring events expanded
     * over that window only.
     *
     * @throws CalendarReadException when the source cannot be read at all
     */
    CalendarLoad load(Instant from, Instant to) throws CalendarReadException;
}
