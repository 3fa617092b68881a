package com.wedsync.guardian.calendar.ics;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The commonest wedding rule, "every N days/weeks on the seed's own weekday", expanded by arithmetic
 * instead of ical4j's {@code Recur} (which allocates about 4 KB per instance; a feed of 500 weekly
 * series spends most of its time there). Any other rule returns empty and goes to ical4j. A test
 * checks both give the same dates. Plain "every N hours/minutes/seconds" rules are expanded here too:
 * ical4j walks such a rule from its seed one step at a time (minutes of work for a seed decades back) and
 * stops early without saying so, where this jumps to the window.
 */
final class SimpleRecurrence {

    private SimpleRecurrence() {
    }

    /**
     * @param until already on the seed's wall clock (see {@link SeriesExpander#localUntil}); null if none
     * @return the instances in [lo, hi], or empty when the rule is not a simple one
     */
    static Optional<List<LocalDateTime>> expand(String rule, LocalDateTime seed, LocalDateTime until,
                                                LocalDateTime lo, LocalDateTime hi, int max) {
        ChronoUnit unit = null;
        long stepUnits = 0;
        int interval = 1;
        long count = -1;
        for (String part : rule.split(";")) {
            int eq = part.indexOf('=');
            if (eq < 0) {
                return Optional.empty();
            }
            String key = part.substring(0, eq).trim().toUpperCase(Locale.ROOT);
            String value = part.substring(eq + 1).trim().toUpperCase(Locale.ROOT);
            switch (key) {
                case "FREQ" -> {
                    switch (value) {
                        case "SECONDLY" -> unit = ChronoUnit.SECONDS;
                        case "MINUTELY" -> unit = ChronoUnit.MINUTES;
                        case "HOURLY" -> unit = ChronoUnit.HOURS;
                        case "DAILY" -> unit = ChronoUnit.DAYS;
                        case "WEEKLY" -> unit = ChronoUnit.WEEKS;
                        default -> {
                            return Optional.empty();
                        }
                    }
                    stepUnits = 1;
                }
                case "INTERVAL" -> interval = positive(value);
                case "COUNT" -> count = positive(value);
                case "UNTIL", "WKST" -> {
                    // UNTIL arrives converted; WKST changes nothing for a single weekday
                }
                case "BYDAY" -> {
                    // Only "weekly on the seed's own day" is simple: DAILY;BYDAY=SA is every Saturday, not every day.
                    if (!value.equals(twoLetters(seed.getDayOfWeek()))
                            || !rule.toUpperCase(Locale.ROOT).contains("FREQ=WEEKLY")) {
                        return Optional.empty();
                    }
                }
                default -> {
                    return Optional.empty();
                }
            }
        }
        if (unit == null || interval <= 0 || count == 0) {
            return Optional.empty();
        }
        long step = stepUnits * interval;
        // Skip to the first instance that can be in the window without walking there.
        long first = Math.max(0, unit.between(seed, lo) / step - 1);
        List<LocalDateTime> out = new ArrayList<>();
        for (long k = first; count < 0 || k < count; k++) {
            LocalDateTime t = seed.plus(k * step, unit);
            if (t.isAfter(hi) || (until != null && t.isAfter(until)) || out.size() > max) {
                break;
            }
            if (!t.isBefore(lo)) {
                out.add(t);
            }
        }
        return Optional.of(out);
    }

    private static int positive(String value) {
        try {
            int n = Integer.parseInt(value);
            return n > 0 ? n : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String twoLetters(DayOfWeek d) {
        return d.name().substring(0, 2);
    }
}
