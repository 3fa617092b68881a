package com.wedsync.guardian.forecast;

import com.wedsync.guardian.wedding.Wedding;
import org.apache.commons.math3.stat.regression.SimpleRegression;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A fitted model: load = baseline(hour of week) + scale × calendar prior + noise. The baseline and
 * the scale are found by alternating least squares (Commons Math regression through the origin for
 * the scale); the noise per hour of week gives the interval.
 */
public final class SeasonalModel {

    static final int HOURS_PER_WEEK = 168;
    private static final int ROUNDS = 6;

    private final double[] base;
    private final double[] sigma;
    private final double scale;
    private final Duration history;

    private SeasonalModel(double[] base, double[] sigma, double scale, Duration history) {
        this.base = base;
        this.sigma = sigma;
        this.scale = scale;
        this.history = history;
    }

    /** Hourly means of the observations, keyed by the hour they fall in. */
    public static TreeMap<Instant, Double> hourly(List<LoadObservation> observations) {
        TreeMap<Instant, SummaryStatistics> byHour = new TreeMap<>();
        for (LoadObservation o : observations) {
            byHour.computeIfAbsent(o.at().truncatedTo(ChronoUnit.HOURS), k -> new SummaryStatistics()).addValue(o.connections());
        }
        TreeMap<Instant, Double> out = new TreeMap<>();
        byHour.forEach((k, v) -> out.put(k, v.getMean()));
        return out;
    }

    /** Fits the model to hourly load (see {@link #hourly}); the weddings give the prior at each hour. */
    public static SeasonalModel fit(Map<Instant, Double> hourly, List<Wedding> weddings, LoadModel model) {
        List<Instant> hours = new ArrayList<>(hourly.keySet());
        int n = hours.size();
        double[] y = new double[n];
        double[] prior = new double[n];
        int[] bucket = new int[n];
        for (int i = 0; i < n; i++) {
            Instant h = hours.get(i);
            y[i] = hourly.get(h);
            prior[i] = CalendarPrior.connectionsAt(h.plus(Duration.ofMinutes(30)), weddings, model);
            bucket[i] = hourOfWeek(h, model);
        }
        double k = 1.0;
        double[] base = new double[HOURS_PER_WEEK];
        for (int round = 0; round < ROUNDS; round++) {
            base = bucketMeans(y, prior, bucket, k, model.baseConnections());
            SimpleRegression r = new SimpleRegression(false);
            boolean anyPrior = false;
            for (int i = 0; i < n; i++) {
                r.addData(prior[i], y[i] - base[bucket[i]]);
                anyPrior |= prior[i] > 0;
            }
            double slope = anyPrior && n > 1 ? r.getSlope() : 1.0;
            k = Double.isNaN(slope) ? 1.0 : Math.max(0, slope);
        }
        base = bucketMeans(y, prior, bucket, k, model.baseConnections());
        SummaryStatistics all = new SummaryStatistics();
        SummaryStatistics[] per = new SummaryStatistics[HOURS_PER_WEEK];
        for (int i = 0; i < n; i++) {
            double res = y[i] - base[bucket[i]] - k * prior[i];
            all.addValue(res);
            per[bucket[i]] = per[bucket[i]] == null ? new SummaryStatistics() : per[bucket[i]];
            per[bucket[i]].addValue(res);
        }
        double global = n > 1 ? all.getStandardDeviation() : 1.0;
        double[] sigma = new double[HOURS_PER_WEEK];
        for (int b = 0; b < HOURS_PER_WEEK; b++) {
            double s = per[b] != null && per[b].getN() >= 2 ? per[b].getStandardDeviation() : global;
            // A bucket seen twice can look noiseless by luck: never trust it more than half the overall noise.
            sigma[b] = Math.max(Math.max(s, global * 0.5), 0.25);
        }
        Duration span = n == 0 ? Duration.ZERO : Duration.between(hours.get(0), hours.get(n - 1)).plusHours(1);
        return new SeasonalModel(base, sigma, k, span);
    }

    private static double[] bucketMeans(double[] y, double[] prior, int[] bucket, double k, double fallback) {
        SummaryStatistics[] s = new SummaryStatistics[HOURS_PER_WEEK];
        for (int i = 0; i < y.length; i++) {
            s[bucket[i]] = s[bucket[i]] == null ? new SummaryStatistics() : s[bucket[i]];
            s[bucket[i]].addValue(y[i] - k * prior[i]);
        }
        double[] out = new double[HOURS_PER_WEEK];
        for (int b = 0; b < HOURS_PER_WEEK; b++) {
            out[b] = s[b] == null ? fallback : Math.max(0, s[b].getMean());
        }
        return out;
    }

    static int hourOfWeek(Instant at, LoadModel model) {
        ZonedDateTime z = at.atZone(model.homeZone());
        return (z.getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue()) * 24 + z.getHour();
    }

    public double baseline(Instant at, LoadModel model) {
        return base[hourOfWeek(at, model)];
    }

    public double sigma(Instant at, LoadModel model) {
        return sigma[hourOfWeek(at, model)];
    }

    /** How much the calendar prior was scaled by to match the history. */
    public double scale() {
        return scale;
    }

    /** How much history the model was fitted on. */
    public Duration history() {
        return history;
    }
}
