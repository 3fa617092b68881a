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
 * next week's Friday night to Saturday night, so simulated time never runs backwards. A speed above 1 runs the
 * same day in less real time (2: about half a minute), below 1 in more.
 */
public final class CompressedDay extends Clock {

    /** One stretch of the day: {@code simulated} venue time passes in {@code real} wall-clock time. */
    record Segment(Duration simulated, Duration real) {
    }

    /** Friday 22:00 to Saturday 23:00, venue-local (docs/wedding-domain.md: ceremonies mid-afternoon, receptions to ~22:00). */
    static final List<Segment> SATURDAY = List.of(
            new Segment(Duration.ofHours(10), Duration.ofSeconds(12)),   // Fri 22:00 -> Sat 08:00, the night
            new Segment(Duration.ofHours(5), Duration.ofSeconds(10)),    // 08:00 -> 13:00, the quiet morning
            new Segment(Duration.ofHours(6), Duration.ofSeconds(30)),    // 13:00 -> 19:00, ceremonies and the rush
            new Segment(Duration.ofHours(4), Duration.ofSeconds(10)));   // 19:00 -> 23:00, receptions wind down

    /** The slowest and the fastest the day may run: slower is a slide show, faster leaves a tick per venue hour. */
    public static final double MIN_SPEED = 0.25;
    public static final double MAX_SPEED = 4;

    private final Clock real;
    private final Instant realStart;
    private final Instant simStart;
    private final ZoneId zone;
    private final double speed;

    /**
     * @param real     the wall clock
     * @param simStart the simulated instant the day starts at (a Friday 22:00 in {@code zone})
     * @param zone     the home venue's zone
     */
    public CompressedDay(Clock real, Instant simStart, ZoneId zone) {
        this(real, simStart, zone, 1);
    }

    /** As {@link #CompressedDay(Clock, Instant, ZoneId)}, {@code speed} times as fast. */
    public CompressedDay(Clock real, Instant simStart, ZoneId zone, double speed) {
        this(real, real.instant(), simStart, zone, speed);
    }

    private CompressedDay(Clock real, Instant realStart, Instant simStart, ZoneId zone, double speed) {
        if (!(speed >= MIN_SPEED && speed <= MAX_SPEED)) {
            throw new IllegalArgumentException("speed must be between " + MIN_SPEED + " and " + MAX_SPEED + ", but was " + speed);
        }
        this.real = real;
        this.realStart = realStart;
        this.simStart = simStart;
        this.zone = zone;
        this.speed = speed;
    }

    /** Friday 22:00 before the next Saturday on or after {@code today} in {@code zone}, as an instant. */
    public static Instant nextFridayEvening(Instant now, ZoneId zone) {
        LocalDateTime local = LocalDateTime.ofInstant(now, zone).toLocalDate()
                .with(java.time.temporal.TemporalAdjusters.nextOrSame(java.time.DayOfWeek.FRIDAY))
                .atTime(22, 0);
        return local.atZone(zone).toInstant();
    }

    /** The length of one loop in real time at speed 1. */
    public static Duration loopLength() {
        return SATURDAY.stream().map(Segment::real).reduce(Duration.ZERO, Duration::plus);
    }

    /** How many times faster than {@link #SATURDAY} this day runs. */
    public double speed() {
        return speed;
    }

    /** A real-time duration at speed 1 (a tick, a health window), as long as it takes at this day's speed. */
    public Duration scaled(Duration atSpeedOne) {
        return Duration.ofNanos(Math.round(atSpeedOne.toNanos() / speed));
    }

    @Override
    public Instant instant() {
        return simulatedAt(Duration.ofMillis(Math.round(Duration.between(realStart, real.instant()).toMillis() * speed)));
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
        return new CompressedDay(real, realStart, simStart, z, speed);
    }
}
