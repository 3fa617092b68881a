package com.wedsync.guardian.wedding;

import java.time.LocalDate;
import java.time.Month;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The months of a year in which weddings peak. Peak season is per hemisphere: May–October is
 * wrong for Sydney (docs/wedding-domain.md, busiest months: Australia peaks October–November and March).
 */
public record PeakSeason(Set<Month> months) {

    /** Northern default: May to October (docs/wedding-domain.md: US peaks September–October, UK in August). */
    public static final PeakSeason NORTHERN = between(Month.MAY, Month.OCTOBER);
    /** Southern default: October to April (docs/wedding-domain.md: Australia October–November and March, trough June–July). */
    public static final PeakSeason SOUTHERN = between(Month.OCTOBER, Month.APRIL);

    public PeakSeason {
        Objects.requireNonNull(months, "months");
        months = Set.copyOf(months.isEmpty() ? EnumSet.noneOf(Month.class) : EnumSet.copyOf(months));
    }

    /** The months from {@code first} to {@code last} inclusive, wrapping over the new year when last < first. */
    public static PeakSeason between(Month first, Month last) {
        EnumSet<Month> set = EnumSet.noneOf(Month.class);
        Month m = first;
        while (true) {
            set.add(m);
            if (m == last) {
                break;
            }
            m = m.plus(1);
        }
        return new PeakSeason(set);
    }

    public static PeakSeason of(Hemisphere hemisphere) {
        return hemisphere == Hemisphere.SOUTHERN ? SOUTHERN : NORTHERN;
    }

    public boolean contains(LocalDate date) {
        return months.contains(date.getMonth());
    }

    /** Which half of the world a source's venues are in, for its default peak season. */
    public enum Hemisphere { NORTHERN, SOUTHERN }
}
