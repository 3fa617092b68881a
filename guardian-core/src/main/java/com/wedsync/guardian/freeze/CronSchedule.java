package com.wedsync.guardian.freeze;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.BitSet;
import java.util.Objects;

/**
 * A five-field cron expression (minute hour day-of-month month day-of-week), the shape Argo CD sync windows and
 * GitLab freeze periods use. Each field takes {@code *}, a number, a range {@code a-b}, a step {@code * /n} or
 * {@code a-b/n}, and comma lists of these. Day of week is 0–7 (0 and 7 are Sunday). As in cron, when both
 * day-of-month and day-of-week are restricted, a day matching either matches. Parsing is bounded by the
 * expression's length; matching is a handful of bit lookups.
 */
public final class CronSchedule {

    /** Longer than any sensible expression; a longer one is refused before it is parsed. */
    static final int MAX_LENGTH = 200;

    private final String expression;
    private final BitSet minutes;
    private final BitSet hours;
    private final BitSet days;
    private final BitSet months;
    private final BitSet weekdays;
    private final boolean daysRestricted;
    private final boolean weekdaysRestricted;

    private CronSchedule(String expression, String[] f) {
        this.expression = expression;
        this.minutes = field(f[0], 0, 59, "minute");
        this.hours = field(f[1], 0, 23, "hour");
        this.days = field(f[2], 1, 31, "day of month");
        this.months = field(f[3], 1, 12, "month");
        BitSet dow = field(f[4], 0, 7, "day of week");
        if (dow.get(7)) {
            dow.set(0);
        }
        this.weekdays = dow;
        this.daysRestricted = !f[2].equals("*");
        this.weekdaysRestricted = !f[4].equals("*");
    }

    /** Parses {@code expression}, naming the bad field and value otherwise. */
    public static CronSchedule parse(String expression) {
        Objects.requireNonNull(expression, "schedule");
        if (expression.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("schedule must be at most " + MAX_LENGTH + " characters, but was "
                    + expression.length());
        }
        String[] f = expression.trim().split("\\s+");
        if (f.length != 5) {
            throw new IllegalArgumentException("schedule must have 5 fields (minute hour day month weekday), but was '"
                    + expression + "'");
        }
        return new CronSchedule(expression.trim(), f);
    }

    /** True when the minute {@code t} (seconds ignored) is one this schedule fires at. */
    public boolean matches(LocalDateTime t) {
        return minutes.get(t.getMinute()) && hours.get(t.getHour()) && firesOn(t.toLocalDate());
    }

    /** True when the schedule fires at some minute of {@code date}. */
    public boolean firesOn(LocalDate date) {
        if (!months.get(date.getMonthValue())) {
            return false;
        }
        boolean dom = days.get(date.getDayOfMonth());
        boolean dow = weekdays.get(date.getDayOfWeek().getValue() % 7);
        if (daysRestricted && weekdaysRestricted) {
            return dom || dow;
        }
        return dom && dow;
    }

    /** True when the schedule fires at some minute of {@code hour} (0–23) on a day it fires. */
    public boolean firesInHour(int hour) {
        return hours.get(hour);
    }

    public String expression() {
        return expression;
    }

    private static BitSet field(String text, int min, int max, String name) {
        BitSet bits = new BitSet(max + 1);
        for (String part : text.split(",", -1)) {
            int step = 1;
            String range = part;
            int slash = part.indexOf('/');
            if (slash >= 0) {
                step = number(part.substring(slash + 1), 1, max, name, text);
                range = part.substring(0, slash);
            }
            int from;
            int to;
            if (range.equals("*")) {
                from = min;
                to = max;
            } else if (range.indexOf('-') > 0) {
                from = number(range.substring(0, range.indexOf('-')), min, max, name, text);
                to = number(range.substring(range.indexOf('-') + 1), min, max, name, text);
                if (to < from) {
                    throw new IllegalArgumentException(name + " range must run low to high, but was '" + text + "'");
                }
            } else {
                from = number(range, min, max, name, text);
                to = slash >= 0 ? max : from;
            }
            for (int v = from; v <= to; v += step) {
                bits.set(v);
            }
        }
        return bits;
    }

    private static int number(String s, int min, int max, String name, String field) {
        try {
            int v = Integer.parseInt(s);
            if (v >= min && v <= max) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below with the field
        }
        throw new IllegalArgumentException(name + " must be " + min + "–" + max + ", *, a range or a step, but was '"
                + field + "'");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CronSchedule c && c.expression.equals(expression);
    }

    @Override
    public int hashCode() {
        return expression.hashCode();
    }

    @Override
    public String toString() {
        return expression;
    }
}
