package com.wedsync.guardian.calendar.generated;

import com.wedsync.guardian.calendar.CalendarLoad;
import com.wedsync.guardian.calendar.CalendarSource;
import com.wedsync.guardian.wedding.Wedding;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The calendar source {@code generated[:SEED]}: a seeded season of weddings shaped by the figures in
 * docs/wedding-domain.md: Saturdays carry most of them (41.9% in England and Wales), weekdays few;
 * August peaks and January troughs; one Saturday spikes (the 2 September 2023 kind); about 116 guests
 * and 14 vendors each; ceremonies mid-afternoon, often 16:00, venue-local.
 */
public final class GeneratedSeason implements CalendarSource {

    public static final String PREFIX = "generated";

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId SYDNEY = ZoneId.of("Australia/Sydney");
    // docs/wedding-domain.md, ONS 2023 monthly shares relative to an even 8.3%: January 2.6%, August 14.3%.
    private static final double[] MONTH = {0.31, 0.45, 0.6, 0.8, 1.05, 1.3, 1.4, 1.72, 1.45, 1.0, 0.6, 0.55};

    private final long seed;

    public GeneratedSeason(long seed) {
        this.seed = seed;
    }

    public long seed() {
        return seed;
    }

    @Override
    public String name() {
        return PREFIX + ":" + seed;
    }

    /** The weddings on the UTC dates of [from, to): the same dates give the same weddings. */
    @Override
    public CalendarLoad load(Instant from, Instant to) {
        List<Wedding> weddings = generate(seed, from.atZone(ZoneOffset.UTC).toLocalDate(), to.atZone(ZoneOffset.UTC).toLocalDate());
        return new CalendarLoad(name(), weddings, List.of(), name() + "@" + from + ".." + to);
    }

    /** Weddings on the dates [from, to), reproducible for a seed. */
    public static List<Wedding> generate(long seed, LocalDate from, LocalDate to) {
        Random rnd = new Random(seed);
        List<Wedding> out = new ArrayList<>();
        LocalDate spike = firstSaturdayOfSeptember(from, to);
        for (LocalDate d = from; d.isBefore(to); d = d.plusDays(1)) {
            double mean = perDay(d.getDayOfWeek()) * MONTH[d.getMonthValue() - 1] * (d.equals(spike) ? 2.5 : 1.0);
            int n = (int) Math.max(0, Math.round(mean + rnd.nextGaussian() * Math.sqrt(mean)));
            for (int i = 0; i < n; i++) {
                out.add(wedding(rnd, d, out.size()));
            }
        }
        return out;
    }

    private static double perDay(DayOfWeek d) {
        return switch (d) {
            case SATURDAY -> 24;
            case FRIDAY -> 6;
            case SUNDAY -> 4;
            default -> 1.2;
        };
    }

    private static Wedding wedding(Random rnd, LocalDate d, int n) {
        double z = rnd.nextDouble();
        ZoneId zone = z < 0.8 ? LONDON : z < 0.92 ? NEW_YORK : SYDNEY;
        int hour = rnd.nextDouble() < 0.5 ? 16 : 12 + rnd.nextInt(4);
        Instant start = d.atTime(LocalTime.of(hour, rnd.nextBoolean() ? 0 : 30)).atZone(zone).toInstant();
        int guests = (int) Math.max(20, Math.min(300, Math.round(116 + rnd.nextGaussian() * 35)));
        int vendors = (int) Math.max(3, Math.min(30, Math.round(14 + rnd.nextGaussian() * 4)));
        String id = "gen-" + d + "-" + n;
        return new Wedding(id, "Generated wedding " + n, start, start.plus(Duration.ofHours(7)), zone, false, guests, vendors,
                "Venue " + (n % 97), PREFIX);
    }

    private static LocalDate firstSaturdayOfSeptember(LocalDate from, LocalDate to) {
        for (LocalDate d = from; d.isBefore(to); d = d.plusDays(1)) {
            if (d.getMonthValue() == 9 && d.getDayOfWeek() == DayOfWeek.SATURDAY && d.getDayOfMonth() <= 7) {
                return d;
            }
        }
        return null;
    }
}
