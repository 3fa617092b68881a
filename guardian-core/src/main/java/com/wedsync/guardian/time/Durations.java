package com.wedsync.guardian.time;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Human durations for config, the command line, the API and channel settings: {@code 500ms}, {@code 10s},
 * {@code 5m}, {@code 2h}, {@code 1d}, or ISO-8601 ({@code PT2H}). The one parser every module uses.
 */
public final class Durations {

    private static final Pattern SHORT = Pattern.compile("(\\d+)\\s*(ms|s|m|h|d)");

    private Durations() {
    }

    public static Optional<Duration> parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        Matcher m = SHORT.matcher(t);
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            switch (m.group(2)) {
                case "ms": return Optional.of(Duration.ofMillis(n));
                case "s": return Optional.of(Duration.ofSeconds(n));
                case "m": return Optional.of(Duration.ofMinutes(n));
                case "h": return Optional.of(Duration.ofHours(n));
                default: return Optional.of(Duration.ofDays(n));
            }
        }
        try {
            return Optional.of(Duration.parse(text.trim().toUpperCase(Locale.ROOT)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    public static String format(Duration d) {
        if (d.toMillis() % 1000 != 0) {
            return d.toMillis() + "ms";
        }
        long s = d.getSeconds();
        if (s % 86_400 == 0 && s > 0) {
            return s / 86_400 + "d";
        }
        if (s % 3600 == 0 && s > 0) {
            return s / 3600 + "h";
        }
        if (s % 60 == 0 && s > 0) {
            return s / 60 + "m";
        }
        return s + "s";
    }
}
