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

    /** "line 9: message" (the message alone without a line), for a listing of one source's problems. */
    public String atLine() {
        return (hasLine() ? "line " + line + ": " : "") + message;
    }

    @Override
    public String toString() {
        return source + (hasLine() ? ":" + line : "") + ": " + message;
    }
}
