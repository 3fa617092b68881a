package com.wedsync.guardian.bench.scenario;

import com.wedsync.guardian.calendar.generated.GeneratedHistory;
import com.wedsync.guardian.forecast.CalendarPrior;
import com.wedsync.guardian.forecast.Forecast;
import com.wedsync.guardian.forecast.Forecaster;
import com.wedsync.guardian.forecast.LoadModel;
import com.wedsync.guardian.forecast.LoadObservation;
import com.wedsync.guardian.wedding.Criticality;
import com.wedsync.guardian.wedding.Wedding;
import com.wedsync.guardian.wedding.WeddingContext;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

/**
 * The busiest day of a calendar, as load: the demand (busy connections) at each simulated instant,
 * derived from that day's weddings the way {@link GeneratedHistory} derives history, without noise,
 * times a load scale; its forecast from 12 weeks of generated history; and its protected window.
 */
public final class ScenarioDay {

    private final LocalDate date;
    private final Instant start;
    private final List<Wedding> weddings;
    private final Map<LocalDate, List<Wedding>> byDate = new HashMap<>();
    private final Map<String, Double> engagement = new HashMap<>();
    private final LoadModel model;
    private final double loadScale;
    private final long seed;

    private ScenarioDay(LocalDate date, List<Wedding> weddings, LoadModel model, double loadScale, long seed) {
        this.date = date;
        this.start = date.atStartOfDay(model.homeZone()).toInstant();
        this.weddings = weddings;
        this.model = model;
        this.loadScale = loadScale;
        this.seed = seed;
        Random rnd = new Random(seed ^ 0x5EED);
        for (Wedding w : weddings) {
            engagement.put(w.id(), 0.7 + 0.6 * rnd.nextDouble());
            byDate.computeIfAbsent(w.localDate(), k -> new ArrayList<>()).add(w);
        }
    }

    /** The home-zone date with the most weddings starting on it. */
    public static ScenarioDay busiest(List<Wedding> weddings, LoadModel model, double loadScale, long seed) {
        if (weddings.isEmpty()) {
            throw new IllegalArgumentException("the calendar has no weddings: nothing to replay");
        }
        TreeMap<LocalDate, Integer> count = new TreeMap<>();
        for (Wedding w : weddings) {
            count.merge(w.start().atZone(model.homeZone()).toLocalDate(), 1, Integer::sum);
        }
        LocalDate best = count.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        return new ScenarioDay(best, weddings, model, loadScale, seed);
    }

    public LocalDate date() {
        return date;
    }

    public Instant start() {
        return start;
    }

    public Instant end() {
        return start.plus(Duration.ofDays(1));
    }

    public int weddingsThatDay() {
        return (int) weddings.stream().filter(w -> w.start().atZone(model.homeZone()).toLocalDate().equals(date)).count();
    }

    /** Busy connections wanted at {@code t}. */
    public double demand(Instant t) {
        return loadScale * (GeneratedHistory.office(t, model.homeZone())
                + GeneratedHistory.TRUE_SCALE * GeneratedHistory.weddingLoad(t, byDate, engagement, model));
    }

    /** The highest demand of the day, sampled every 5 minutes. */
    public double peakDemand() {
        double peak = 0;
        for (Instant t = start; t.isBefore(end()); t = t.plus(Duration.ofMinutes(5))) {
            peak = Math.max(peak, demand(t));
        }
        return peak;
    }

    /** The mean demand over the day, sampled every minute: busy connections any policy that serves every request must hold. */
    public double meanDemand() {
        double sum = 0;
        int n = 0;
        for (Instant t = start; t.isBefore(end()); t = t.plus(Duration.ofMinutes(1))) {
            sum += demand(t);
            n++;
        }
        return sum / n;
    }

    /** The day's forecast, fitted on 12 weeks of generated history before it (scaled like the load). */
    public Forecast forecast(String pool) {
        List<LoadObservation> history = new ArrayList<>();
        for (LoadObservation o : GeneratedHistory.generate(seed, weddings, model, start.minus(Duration.ofDays(84)), start,
                Duration.ofMinutes(30))) {
            history.add(new LoadObservation(o.at(), o.connections() * loadScale));
        }
        return new Forecaster(model).forecast(pool, weddings, history, start, end(), Duration.ofHours(1), start);
    }

    /** Protected while a wedding of the day is on (venue-local 08:00–22:00 or in progress). */
    public WeddingContext context(Instant t) {
        List<Wedding> today = byDate.getOrDefault(date, List.of());
        List<Wedding> on = new ArrayList<>();
        Set<String> venues = new HashSet<>();
        for (Wedding w : today) {
            if (CalendarPrior.activeAt(t, List.of(w)) > 0) {
                on.add(w);
                venues.add(w.venue());
            }
        }
        if (on.isEmpty()) {
            return WeddingContext.routine(t);
        }
        List<Wedding> inProgress = on.stream().filter(w -> w.inProgressAt(t)).toList();
        return new WeddingContext(t, inProgress.isEmpty() ? Criticality.HIGH : Criticality.CRITICAL, true, true, inProgress, on,
                List.of(), on.stream().mapToInt(Wedding::guests).sum(), on.stream().mapToInt(Wedding::vendors).sum(), venues,
                List.of(on.size() + " weddings on today (protected window)"));
    }
}
