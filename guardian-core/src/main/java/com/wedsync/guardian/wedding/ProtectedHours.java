package com.wedsync.guardian.wedding;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/** The venue-local hours of a wedding day that are protected, {@code from} (included) to {@code to} (excluded). */
public record ProtectedHours(LocalTime from, LocalTime to) {

    /** docs/wedding-domain.md, protected hours: 08:00–22:00 venue-local. */
    public static final ProtectedHours DEFAULT = new ProtectedHours(LocalTime.of(8, 0), LocalTime.of(22, 0));

    public ProtectedHours {
        Objects.requireNonNull(from, "protectedFrom");
        Objects.requireNonNull(to, "protectedTo");
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("protectedFrom must be before protectedTo, but was " + from + " and " + to);
        }
    }

    /** {@code 08:00-22:00}. */
    public static ProtectedHours parse(String text) {
        String[] parts = text.split("-");
        try {
            if (parts.length == 2) {
                return new ProtectedHours(LocalTime.parse(parts[0].strip()), LocalTime.parse(parts[1].strip()));
            }
        } catch (DateTimeParseException e) {
            // the message below says what is expected
        }
        throw new IllegalArgumentException("must look like 08:00-22:00, but was '"
                + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "'");
    }

    @Override
    public String toString() {
        return from + "-" + to;
    }
}
