package com.wedsync.guardian.calendar;

import com.wedsync.guardian.wedding.Wedding;

import java.util.List;
import java.util.Objects;

/**
 * What one read of a source gave: its weddings in the requested window and the problems found on
 * the way (events skipped for a reason). A source that cannot be read at all throws
 * {@link CalendarReadException} instead, so the caller keeps its last good copy.
 *
 * @param fingerprint a digest of the content that ignores churn such as {@code DTSTAMP}; equal
 *                    fingerprints mean nothing changed
 */
public record CalendarLoad(String source, List<Wedding> weddings, List<CalendarProblem> problems, String fingerprint) {

    public CalendarLoad {
        Objects.requireNonNull(source, "source");
        weddings = List.copyOf(weddings);
        problems = List.copyOf(problems);
        fingerprint = fingerprint == null ? "" : fingerprint;
    }
}
