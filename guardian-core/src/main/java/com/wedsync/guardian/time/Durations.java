package com.wedsync.guardian.time;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Human durations for config, the command line, the API and channel settings: {@code 500ms}, {@code 90s},
 * {@code 15m}, {@code 2h}, {@code 1d}, or ISO-8601 ({@code PT2H}). The one parser every module uses: it
 * refuses garbage, overflow and anything beyond {@link #LIMIT} with a message a person can act on, never a
 * {@code NumberFormatException} or an {@code ArithmeticException}.
 */
public final class Durations {

    /** Nothing the guardian times lasts longer than ten years; beyond that a value is a typo, not a plan. */
    public static final Duration LIMIT = Duration.ofDays(3650);

    /** The forms, for messages: "must be a duration like …". */
    public static final String FORMS = "90s, 15m, 2h, 1d or PT2H";

    /** Longer text is never a duration; it is refused before any parsing. */
    private static final int MAX_TEXT = 40;

    private static final long[] HUMAN_SIZES = {86_400, 3_600, 60, 1};
    private static final String[] HUMAN_UNITS = {"d", "h", "min", "s"};
    private static final Pattern SHORT = Pattern.compile("(\\d{1,18})\\s*(ms|s|m|h|d)");

    private Durations() {
    }

    /** The duration, or empty when {@code text} is not one (or lies beyond {@link #LIMIT}). */
    public static Optional<Duration> parse(String text) {
        try {
            return Optional.of(parse(text, Duration.ZERO, LIMIT));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * The duration between {@code min} and {@code max} (both inclusive).
     *
     * @throws IllegalArgumentException with a message to follow a field's name: "must be a duration like …,
     *                                  but was 'x'" or "must be between 1s and 24h, but was 999999h"
     */
    public static Duration parse(String text, Duration min, Duration max) {
        String t = text == null ? "" : text.strip();
        Duration d = read(t).orElseThrow(() -> new IllegalArgumentException(
                "must be a duration like " + FORMS + ", but was '" + shown(t) + "'"));
        if (d.compareTo(min) < 0 || d.compareTo(max) > 0) {
            throw new IllegalArgumentException("must be between " + format(min) + " and " + format(max) + ", but was "
                    + shown(t));
        }
        return d;
    }

    private static Optional<Duration> read(String t) {
        if (t.isEmpty() || t.length() > MAX_TEXT) {
            return Optional.empty();
        }
        Matcher m = SHORT.matcher(t.toLowerCase(Locale.ROOT));
        try {
            if (m.matches()) {
                long n = Long.parseLong(m.group(1));
                return Optional.of(switch (m.group(2)) {
                    case "ms" -> Duration.ofMillis(n);
                    case "s" -> Duration.ofSeconds(n);
                    case "m" -> Duration.ofMinutes(n);
                    case "h" -> Duration.ofHours(n);
                    default -> Duration.ofDays(n);
                });
            }
            return Optional.of(Duration.parse(t.toUpperCase(Locale.ROOT)));
        } catch (ArithmeticException | DateTimeParseException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The text as a message may show it: cut short when long, so a pasted novel is not echoed back. */
    private static String shown(String t) {
        return t.length() <= MAX_TEXT ? t : t.substring(0, MAX_TEXT) + "…";
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

    /**
     * A duration for people to read, in its two largest units, the rest rounded away: {@code PT2M0.078S} is
     * "2 min", {@code PT1H30M} "1 h 30 min", {@code PT1.5S} "1.5 s", {@code PT0.25S} "250 ms". Console, logs,
     * alert lines, health and scaling reasons use it; the API keeps ISO-8601.
     */
    public static String human(Duration d) {
        if (d.isNegative()) {
            return "-" + human(d.negated());
        }
        long ms = d.toMillis();
        if (ms < 1_000) {
            return ms + " ms";
        }
        if (ms < 10_000) {
            long tenths = Math.round(ms / 100.0);
            return (tenths % 10 == 0 ? Long.toString(tenths / 10) : tenths / 10 + "." + tenths % 10) + " s";
        }
        long s = Math.round(ms / 1000.0);
        for (int i = 0; i < HUMAN_SIZES.length - 1; i++) {
            if (s >= HUMAN_SIZES[i]) {
                long whole = s / HUMAN_SIZES[i];
                long rest = Math.round((s % HUMAN_SIZES[i]) / (double) HUMAN_SIZES[i + 1]);
                if (rest * HUMAN_SIZES[i + 1] >= HUMAN_SIZES[i]) {
                    whole++;
                    rest = 0;
                }
                return whole + " " + HUMAN_UNITS[i] + (rest == 0 ? "" : " " + rest + " " + HUMAN_UNITS[i + 1]);
            }
        }
        return s + " s";
    }
}
