package com.wedsync.guardian.wedding;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Objects;

/**
 * One wedding: when (as UTC instants) and where (the venue's IANA zone), and how big.
 *
 * @param id     a stable id (the ICS UID plus the recurrence instant, or the platform's id)
 * @param allDay true for a {@code VALUE=DATE} event, which occupies its whole local day(s)
 * @param source the name of the calendar source it came from
 */
public record Wedding(
        String id,
        String title,
        Instant start,
        Instant end,
        ZoneId zone,
        boolean allDay,
        int guests,
        int vendors,
        String venue,
        String source) {

    /** Issue 10: far above the largest wedding; a count beyond it is a typo or an attack, not a guest list. */
    public static final int MAX_GUESTS = 100_000;
    public static final int MAX_VENDORS = 10_000;

    public Wedding {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(zone, "zone");
        title = title == null ? "" : title;
        venue = venue == null ? "" : venue;
        source = source == null ? "" : source;
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("end must not be before start for wedding " + id);
        }
        if (guests < 0 || vendors < 0 || guests > MAX_GUESTS || vendors > MAX_VENDORS) {
            throw new IllegalArgumentException("guests must be between 0 and " + MAX_GUESTS + " and vendors between 0 and "
                    + MAX_VENDORS + " for wedding " + id + ", but were " + guests + " and " + vendors);
        }
    }

    public LocalDateTime localStart() {
        return LocalDateTime.ofInstant(start, zone);
    }

    public LocalDateTime localEnd() {
        return LocalDateTime.ofInstant(end, zone);
    }

    /** The venue-local date the wedding starts on. */
    public LocalDate localDate() {
        return localStart().toLocalDate();
    }

    /**
     * The last venue-local date the wedding occupies: the end is exclusive, so an all-day wedding
     * ending at the next midnight occupies one date only.
     */
    public LocalDate lastLocalDate() {
        if (end.equals(start)) {
            return localDate();
        }
        return LocalDateTime.ofInstant(end.minusNanos(1), zone).toLocalDate();
    }

    /**
     * True when {@code date} is one of the wedding's days: from its start date through its last
     * date, except a last date it reaches only in the small hours (before 06:00). A reception that
     * runs past midnight does not make the next day a wedding day; it is still in progress until it ends.
     */
    public boolean isWeddingDay(LocalDate date) {
        if (!occupies(date)) {
            return false;
        }
        if (allDay || date.equals(localDate()) || !date.equals(lastLocalDate())) {
            return true;
        }
        return localEnd().toLocalTime().isAfter(SMALL_HOURS_END);
    }

    /** When the small hours after a late reception end (see {@link #isWeddingDay}). */
    static final java.time.LocalTime SMALL_HOURS_END = java.time.LocalTime.of(6, 0);

    /** True when the wedding occupies (any part of) the venue-local {@code date}. */
    public boolean occupies(LocalDate date) {
        return !date.isBefore(localDate()) && !date.isAfter(lastLocalDate());
    }

    public boolean inProgressAt(Instant at) {
        return !at.isBefore(start) && at.isBefore(end);
    }
}
