package com.wedsync.guardian.wedding;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The peak season of one calendar source, judged on the local date in that source's zone.
 *
 * @param source the calendar source's name (for the reason sentence)
 */
public record SeasonRule(String source, ZoneId zone, PeakSeason season) {

    public SeasonRule {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(season, "season");
    }

    public boolean inSeason(Instant at) {
        return season.contains(LocalDate.ofInstant(at, zone));
    }
}
