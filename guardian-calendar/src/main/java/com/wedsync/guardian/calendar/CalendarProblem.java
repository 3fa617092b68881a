package com.wedsync.guardian.calendar;

import java.util.Objects;

/**
 * Something wrong in a calendar source: a bad event, an unknown zone, an unreadable feed.
 *
 * @param source the source's name
 * @param line   the line (or record) number where known, else 0
 */
public record CalendarProblem(String source, int line, String message) {

    public CalendarProblem {
        Objects.requireNonNull(message, "message");
        source = source == null ? "" : source;
        line = Math.max(0, line);
    }

    public boolean hasLine() {
        return line > 0;
    }

    @Override
    public String toString() {
        return source + (hasLine() ? ":" + line : "") + ": " + message;
    }
}
