package com.wedsync.guardian.app.demo;

import com.wedsync.guardian.wedding.Wedding;
import com.wedsync.guardian.wedding.WeddingCalendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

/**
 * The demo's sample calendar, placed around the demo's own Saturday in three venue zones, so that a run moves
 * through ELEVATED (weddings tomorrow), HIGH (weddings today) and CRITICAL (ceremonies in progress) while the
 * workload peaks. Guests and vendors per wedding are around the averages in docs/wedding-domain.md (116 and 14).
 */
final class DemoWeddings {

    private DemoWeddings() {
    }

    /** How many Saturdays the sample calendar covers: the compressed clock moves a week per loop. */
    static final int WEEKS = 52;

    /** @param friday the Friday (in {@code home}) before the demo's first Saturday */
    static WeddingCalendar around(LocalDate friday, ZoneId home) {
        List<Wedding> all = new java.util.ArrayList<>();
        for (int week = 0; week < WEEKS; week++) {
            for (Wedding w : saturday(friday.plusDays(1 + 7L * week), home)) {
                all.add(w);
            }
        }
        return WeddingCalendar.of(all);
    }

    private static List<Wedding> saturday(LocalDate saturday, ZoneId home) {
        String week = "-" + saturday;
        return List.of(
                wedding("demo-london" + week, "Ava & Noah", saturday, LocalTime.of(14, 0), LocalTime.of(22, 0), home,
                        142, 16, "Kew Gardens, London"),
                wedding("demo-paris" + week, "Chloé & Louis", saturday, LocalTime.of(15, 0), LocalTime.of(23, 30),
                        ZoneId.of("Europe/Paris"), 118, 14, "Château de Vaux, Maincy"),
                wedding("demo-newyork" + week, "Maya & Ethan", saturday, LocalTime.of(16, 0), LocalTime.of(23, 0),
                        ZoneId.of("America/New_York"), 96, 12, "Brooklyn Botanic Garden"));
    }

    private static Wedding wedding(String id, String title, LocalDate date, LocalTime from, LocalTime to, ZoneId zone,
                                   int guests, int vendors, String venue) {
        Instant start = date.atTime(from).atZone(zone).toInstant();
        Instant end = date.atTime(to).atZone(zone).toInstant();
        return new Wedding(id, title, start, end, zone, false, guests, vendors, venue, "demo");
    }
}
