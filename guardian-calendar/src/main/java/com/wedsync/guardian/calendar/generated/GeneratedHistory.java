package com.wedsync.guardian.calendar.generated;

import com.wedsync.guardian.forecast.CalendarPrior;
import com.wedsync.guardian.forecast.LoadModel;
import com.wedsync.guardian.forecast.LoadObservation;
import com.wedsync.guardian.wedding.Wedding;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The load a season of weddings "caused": an office-hours baseline plus each wedding's load, with a
 * per-wedding engagement the forecaster cannot know, a true scale it must learn, and noise. The
 * generated season's history: the forecast command and the scenario benchmark measure accuracy on it.
 */
public final class GeneratedHistory {

    public static final double TRUE_SCALE = 1.25;

    private GeneratedHistory() {
    }

    /** Demand every {@code step} over [from, to). */
    public static List<LoadObservation> generate(long seed, List<Wedding> weddings, LoadModel model, Instant from, Instant to,
                                                 Duration step) {
        Random rnd = new Random(seed ^ 0x5EED);
        Map<String, Double> engagement = new HashMap<>();
        for (Wedding w : weddings) {
            engagement.put(w.id(), 0.7 + 0.6 * rnd.nextDouble());
        }
        Map<LocalDate, List<Wedding>> byDate = new HashMap<>();
        for (Wedding w : weddings) {
            byDate.computeIfAbsent(w.localDate(), k -> new ArrayList<>()).add(w);
        }
        List<LoadObservation> out = new ArrayList<>();
        for (Instant t = from; t.isBefore(to); t = t.plus(step)) {
            double level = office(t, model.homeZone()) + TRUE_SCALE * weddingLoad(t, byDate, engagement, model);
            double noisy = level + rnd.nextGaussian() * (0.3 + 0.1 * Math.sqrt(level));
            out.add(new LoadObservation(t, Math.max(0, noisy)));
        }
        return out;
    }

    /** Connections the weddings near {@code t} cause (the RSVP run-up reaches 28 days ahead). */
    public static double weddingLoad(Instant t, Map<LocalDate, List<Wedding>> byDate, Map<String, Double> engagement, LoadModel model) {
        LocalDate today = t.atZone(ZoneId.of("UTC")).toLocalDate();
        double sum = 0;
        for (int d = -2; d <= 30; d++) {
            for (Wedding w : byDate.getOrDefault(today.plusDays(d), List.of())) {
                sum += engagement.getOrDefault(w.id(), 1.0) * CalendarPrior.connectionsAt(t, List.of(w), model);
            }
        }
        return sum;
    }

    public static double office(Instant t, ZoneId zone) {
        ZonedDateTime z = t.atZone(zone);
        int h = z.getHour();
        boolean weekend = z.getDayOfWeek().getValue() >= 6;
        if (h < 7) {
            return 0.5;
        }
        if (weekend) {
            return 1.0;
        }
        return h >= 9 && h < 18 ? 3.0 : 1.5;
    }
}
