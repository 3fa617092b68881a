package com.wedsync.guardian.forecast;

import com.wedsync.guardian.wedding.Wedding;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * What the calendar alone says about load at an instant, in venue-local time. The day shape follows
 * docs/wedding-domain.md: activity from 08:00 local on the day, peaking around the ceremony, a reception to
 * about 22:00; vendors coordinate the day before; guests RSVP 2–4 weeks before.
 */
public final class CalendarPrior {

    private static final int DAY_START_HOUR = 8;  // docs/wedding-domain.md: protected hours 08:00–22:00 venue-local
    private static final int DAY_END_HOUR = 22;
    private static final Duration RUN_UP_REACH = Duration.ofDays(30);

    private CalendarPrior() {
    }

    /** Busy connections the weddings cause at {@code at}. */
    public static double connectionsAt(Instant at, List<Wedding> weddings, LoadModel model) {
        double requestsPerHour = 0;
        for (Wedding w : weddings) {
            requestsPerHour += requestsPerHour(at, w, model);
        }
        return model.connectionsFor(requestsPerHour);
    }

    /** Weddings on their day (local 08:00–22:00) or in progress at {@code at}. */
    public static int activeAt(Instant at, List<Wedding> weddings) {
        int n = 0;
        for (Wedding w : weddings) {
            if (!at.isBefore(w.start().minus(Duration.ofDays(1))) && !at.isAfter(w.end().plus(Duration.ofDays(1))) && onTheDay(at, w)) {
                n++;
            }
        }
        return n;
    }

    static boolean onTheDay(Instant at, Wedding w) {
        if (w.inProgressAt(at)) {
            return true;
        }
        LocalDateTime local = LocalDateTime.ofInstant(at, w.zone());
        return local.toLocalDate().equals(w.localDate()) && local.getHour() >= DAY_START_HOUR && local.getHour() < DAY_END_HOUR;
    }

    static double requestsPerHour(Instant at, Wedding w, LoadModel model) {
        // Nothing before the RSVP run-up (28 days and a day of zone offsets) or after the wedding's day.
        if (at.isBefore(w.start().minus(RUN_UP_REACH)) || at.isAfter(w.end().plus(Duration.ofDays(1)))) {
            return 0;
        }
        LocalDateTime local = LocalDateTime.ofInstant(at, w.zone());
        LocalDate day = local.toLocalDate();
        boolean daytime = local.getHour() >= DAY_START_HOUR && local.getHour() < DAY_END_HOUR;
        if (onTheDay(at, w)) {
            double hoursToCeremony = Duration.between(at, w.start()).toMinutes() / 60.0;
            return w.vendors() * model.vendorRequestsPerHour() + w.guests() * model.guestRequestsPerHour() * guestShape(hoursToCeremony, at, w);
        }
        if (daytime && day.equals(w.localDate().minusDays(1))) {
            return w.vendors() * model.vendorRequestsPerHour() * 0.5;
        }
        long daysBefore = java.time.temporal.ChronoUnit.DAYS.between(day, w.localDate());
        if (daytime && daysBefore >= 14 && daysBefore <= 28) {
            return w.guests() * model.rsvpRequestsPerGuestPerDay() / (DAY_END_HOUR - DAY_START_HOUR);
        }
        return 0;
    }

    /** Guests' share of peak activity by hours to the ceremony (negative: after it started). */
    static double guestShape(double hoursToCeremony, Instant at, Wedding w) {
        if (hoursToCeremony > 6) {
            return 0.1;
        }
        if (hoursToCeremony > 3) {
            return 0.3;
        }
        if (hoursToCeremony > 1) {
            return 0.7;
        }
        if (hoursToCeremony > -2) {
            return 1.0;
        }
        return at.isBefore(w.end()) ? 0.5 : 0.1;
    }
}
