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
 * checks both give the same dates.
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
        long stepDays = 0;
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
                    if (value.equals("DAILY")) {
                        stepDays = 1;
                    } else if (value.equals("WEEKLY")) {
                        stepDays = 7;
                    } else {
                        return Optional.empty();
                    }
                }
                case "INTERVAL" -> interval = positive(value);
                case "COUNT" -> count = positive(value);
                case "UNTIL", "WKST" -> {
                    // UNTIL arrives converted; WKST changes nothing for a single weekday
                }
                case "BYDAY" -> {
                    if (!value.equals(twoLetters(seed.getDayOfWeek()))) {
                        return Optional.empty();
                    }
                }
                default -> {
                    return Optional.empty();
                }
            }
        }
        if (stepDays == 0 || interval <= 0 || count == 0) {
            return Optional.empty();
        }
        long step = stepDays * interval;
        // Skip to the first instance that can be in the window without walking there.
        long first = Math.max(0, ChronoUnit.DAYS.between(seed, lo) / step - 1);
        List<LocalDateTime> out = new ArrayList<>();
        for (long k = first; count < 0 || k < count; k++) {
            LocalDateTime t = seed.plusDays(k * step);
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
