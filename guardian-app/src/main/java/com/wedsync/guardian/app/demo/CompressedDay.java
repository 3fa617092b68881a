package com.wedsync.guardian.app.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * A clock that runs through a wedding Saturday in about a minute: fast through the night, slow through the
 * ceremony hours, so that a short demo shows ELEVATED, HIGH and CRITICAL and the rush at ceremony time.
 * It maps real time elapsed since its start onto simulated venue-local time, piece by piece; each loop is the
 * next week's Friday night to Saturday night, so simulated time never runs backwards.
 */
public final class CompressedDay extends Clock {

    /** One stretch of the day: {@code simulated} venue time passes in {@code real} wall-clock time. */
    record Segment(Duration simulated, Duration real) {
    }

    /** Friday 22:00 to Saturday 23:00, venue-local (DOMAIN.md: ceremonies mid-afternoon, receptions to ~22:00). */
    static final List<Segment> SATURDAY = List.of(
            new Segment(Duration.ofHours(10), Duration.ofSeconds(12)),   // Fri 22:00 -> Sat 08:00, the night
            new Segment(Duration.ofHours(5), Duration.ofSeconds(10)),    // 08:00 -> 13:00, the quiet morning
            new Segment(Duration.ofHours(6), Duration.ofSeconds(30)),    // 13:00 -> 19:00, ceremonies and the rush
            new Segment(Duration.ofHours(4), Duration.ofSeconds(10)));   // 19:00 -> 23:00, receptions wind down

    private final Clock real;
    private final Instant realStart;
    private final Instant simStart;
    private final ZoneId zone;

    /**
     * @param real     the wall clock
     * @param simStart the simulated instant the day starts at (a Friday 22:00 in {@code zone})
     * @param zone     the home venue's zone
     */
    public CompressedDay(Clock real, Instant simStart, ZoneId zone) {
        this.real = real;
        this.realStart = real.instant();
        this.simStart = simStart;
        this.zone = zone;
    }

    /** Friday 22:00 before the next Saturday on or after {@code today} in {@code zone}, as an instant. */
    public static Instant nextFridayEvening(Instant now, ZoneId zone) {
        LocalDateTime local = LocalDateTime.ofInstant(now, zone).toLocalDate()
                .with(java.time.temporal.TemporalAdjusters.nextOrSame(java.time.DayOfWeek.FRIDAY))
                .atTime(22, 0);
        return local.atZone(zone).toInstant();
    }

    /** The length of one loop in real time. */
    public static Duration loopLength() {
        return SATURDAY.stream().map(Segment::real).reduce(Duration.ZERO, Duration::plus);
    }

    @Override
    public Instant instant() {
        return simulatedAt(Duration.between(realStart, real.instant()));
    }

    /** The simulated instant after {@code elapsed} real time. */
    Instant simulatedAt(Duration elapsed) {
        long loopMs = loopLength().toMillis();
        long ms = Math.floorMod(elapsed.toMillis(), loopMs);
        Duration sim = Duration.ofDays(7L * Math.floorDiv(elapsed.toMillis(), loopMs));
        for (Segment s : SATURDAY) {
            long segMs = s.real().toMillis();
            if (ms < segMs) {
                return simStart.plus(sim).plusMillis(s.simulated().toMillis() * ms / segMs);
            }
            ms -= segMs;
            sim = sim.plus(s.simulated());
        }
        return simStart.plus(sim);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId z) {
        return new CompressedDay(real, simStart, z);
    }
}
