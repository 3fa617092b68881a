package com.wedsync.guardian.calendar;

import java.util.Locale;

/** The kinds of calendar source, as written in {@code guardian.yaml} ({@code type: ics}). */
public enum SourceType {
    ICS, JSON, CSV, JDBC;

    public static SourceType parse(String value) {
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("type must be one of ics, json, csv, jdbc, but was " + value);
        }
    }

    /** The type a file's name suggests: .json, .csv, else ICS. */
    public static SourceType guess(String location) {
        String l = location.toLowerCase(Locale.ROOT);
        if (l.startsWith("jdbc:")) {
            return JDBC;
        }
        if (l.endsWith(".json")) {
            return JSON;
        }
        if (l.endsWith(".csv")) {
            return CSV;
        }
        return ICS;
    }
}
