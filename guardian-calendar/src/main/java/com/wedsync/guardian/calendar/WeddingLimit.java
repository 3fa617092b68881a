package com.wedsync.guardian.calendar;

/**
 * The most weddings one source may hold in its window ({@link CalendarSourceConfig#maxWeddings()}). Readers
 * check as they go, so a feed that expands to millions of occurrences stops early instead of filling the heap.
 */
public final class WeddingLimit {

    private WeddingLimit() {
    }

    /** Refuses the read when {@code count} weddings are more than the source may hold. */
    public static void check(CalendarSourceConfig config, int count) throws CalendarReadException {
        if (count > config.maxWeddings()) {
            throw new CalendarReadException("calendar '" + config.name() + "' holds more than " + config.maxWeddings()
                    + " weddings in its window (maxWeddings); refused, the last good copy is kept");
        }
    }
}
