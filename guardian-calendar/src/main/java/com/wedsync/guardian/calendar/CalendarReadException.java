package com.wedsync.guardian.calendar;

/**
 * A source could not be read at all (HTTP error, not a calendar, too big, timed out). The message is
 * meant for operators: it names the source and what went wrong, and never carries a feed's secret URL.
 */
public class CalendarReadException extends Exception {

    private static final long serialVersionUID = 1L;

    public CalendarReadException(String message) {
        super(message);
    }

    public CalendarReadException(String message, Throwable cause) {
        super(message, cause);
    }
}
