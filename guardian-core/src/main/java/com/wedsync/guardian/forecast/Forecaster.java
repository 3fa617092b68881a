package com.wedsync.guardian.forecast;

import com.wedsync.guardian.wedding.Wedding;
import org.apache.commons.math3.distribution.NormalDistribution;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Forecasts a pool's connections from the calendar and its history. Too little history: calendar
 * priors with a low confidence, never nothing. Pure: all inputs are arguments.
 */
public final class Forecaster {

    /** The interval is a 90% one: 5% of hours may exceed {@code high}. */
    private static final double Z = new NormalDistribution().inverseCumulativeProbability(0.95);
    private static final double PRIOR_CONFIDENCE = 0.2;
    private static final Duration WEEK = Duration.ofDays(7);
    private static final Duration HOUR = Duration.ofHours(1);
    private static final Duration HALF_HOUR = Duration.ofMinutes(30);

    private final LoadModel model;

    public Forecaster(LoadModel model) {
        this.model = model;
    }

    public LoadModel model() {
        return model;
    }

    /** A forecast with accuracy from a backtest on the history itself (the last week held back). */
    public Forecast forecast(String pool, List<Wedding> weddings, List<LoadObservation> history,
                             Instant from, Instant to, Duration step, Instant now) {
        TreeMap<Instant, Double> hourly = SeasonalModel.hourly(history);
        return forecast(pool, weddings, hourly, from, to, step, now, backtest(hourly, weddings, WEEK));
    }

    /**
     * A forecast whose confidence rests on {@code accuracy} (from the ledger, say). The model is hourly, so
     * {@code step} is a whole number of hours, and a point stands for its whole step: the peak of the hours
     * it covers (the highest expected, low and high, the most weddings active, the lowest confidence). A
     * 6-hour point is therefore the peak of the six 1-hour points of the same hours.
     */
    public Forecast forecast(String pool, List<Wedding> weddings, NavigableMap<Instant, Double> hourly,
                             Instant from, Instant to, Duration step, Instant now, ForecastAccuracy accuracy) {
        if (step.isZero() || step.isNegative()) {
            throw new IllegalArgumentException("step must be a positive duration, but was " + step);
        }
        if (!step.equals(Duration.ofHours(step.toHours()))) {
            throw new IllegalArgumentException("step must be a whole number of hours (the model is hourly), but was " + step);
        }
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("to (" + to + ") must not be before from (" + from + ")");
        }
        Duration span = hourly.isEmpty() ? Duration.ZERO : Duration.between(hourly.firstKey(), hourly.lastKey()).plusHours(1);
        boolean fitted = span.compareTo(model.minHistory()) >= 0 && span.compareTo(Duration.ZERO) > 0;
        SeasonalModel m = fitted ? SeasonalModel.fit(hourly, weddings, model) : null;
        double coverage = Math.min(1.0, (double) span.toHours() / Math.max(1, model.fullHistory().toHours()));
        List<ForecastPoint> points = new ArrayList<>();
        for (Instant at = from; !at.isAfter(to); at = at.plus(step)) {
            ForecastPoint peak = null;
            for (Instant hour = at; hour.isBefore(at.plus(step)); hour = hour.plus(HOUR)) {
                ForecastPoint p = hourPoint(m, weddings, hour, now, coverage * accuracy.trust());
                peak = peak == null ? p : new ForecastPoint(at, Math.max(peak.expectedConnections(), p.expectedConnections()),
                        Math.max(peak.low(), p.low()), Math.max(peak.high(), p.high()), Math.min(peak.confidence(), p.confidence()),
                        Math.max(peak.weddingsActive(), p.weddingsActive()));
            }
            points.add(peak);
        }
        return new Forecast(pool, now, points, accuracy, m == null ? Forecast.PRIORS : Forecast.FITTED);
    }

    /** The hour that starts at {@code hour}, read at its middle; {@code m} null: calendar priors only. */
    private ForecastPoint hourPoint(SeasonalModel m, List<Wedding> weddings, Instant hour, Instant now, double trust) {
        Instant mid = hour.plus(HALF_HOUR);
        double prior = CalendarPrior.connectionsAt(mid, weddings, model);
        int active = CalendarPrior.activeAt(mid, weddings);
        double decay = 1 - 0.3 * Math.min(1.0, Math.max(0, Duration.between(now, hour).toHours()) / 168.0);
        return m == null ? priorPoint(hour, prior, active, decay) : fittedPoint(m, hour, mid, prior, active, trust * decay);
    }

    private ForecastPoint priorPoint(Instant at, double prior, int active, double decay) {
        double expected = model.baseConnections() + prior;
        return new ForecastPoint(at, expected, 0.5 * expected, 1.5 * expected + 1, PRIOR_CONFIDENCE * decay, active);
    }

    private ForecastPoint fittedPoint(SeasonalModel m, Instant at, Instant mid, double prior, int active, double confidence) {
        double calendarPart = m.scale() * prior;
        double expected = Math.max(0, m.baseline(mid, model) + calendarPart);
        // Under-forecasting is the costly direction (docs/scaling-practice.md): the calendar part widens the upper side.
        double spread = Z * m.sigma(mid, model) + 0.2 * calendarPart;
        return new ForecastPoint(at, expected, Math.max(0, expected - spread), expected + spread,
                Math.max(0, Math.min(1, confidence)), active);
    }

    /**
     * Fits on everything but the last {@code holdOut} of the history and compares its forecast of that
     * stretch with seasonal naive (the same hour one week earlier). Unknown when the history is too short.
     */
    public ForecastAccuracy backtest(NavigableMap<Instant, Double> hourly, List<Wedding> weddings, Duration holdOut) {
        if (hourly.isEmpty()) {
            return ForecastAccuracy.UNKNOWN;
        }
        Instant cut = hourly.lastKey().plusSeconds(3600).minus(holdOut);
        NavigableMap<Instant, Double> train = hourly.headMap(cut, false);
        if (train.isEmpty() || Duration.between(train.firstKey(), train.lastKey()).plusHours(1).compareTo(model.minHistory()) < 0) {
            return ForecastAccuracy.UNKNOWN;
        }
        SeasonalModel m = SeasonalModel.fit(train, weddings, model);
        List<double[]> rows = new ArrayList<>();
        for (Map.Entry<Instant, Double> e : hourly.tailMap(cut, true).entrySet()) {
            Double naive = hourly.get(e.getKey().minus(WEEK));
            if (naive == null) {
                continue;
            }
            Instant mid = e.getKey().plus(Duration.ofMinutes(30));
            double predicted = Math.max(0, m.baseline(mid, model) + m.scale() * CalendarPrior.connectionsAt(mid, weddings, model));
            rows.add(new double[]{e.getValue(), predicted, naive});
        }
        double[] a = new double[rows.size()];
        double[] p = new double[rows.size()];
        double[] nv = new double[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            a[i] = rows.get(i)[0];
            p[i] = rows.get(i)[1];
            nv[i] = rows.get(i)[2];
        }
        return ForecastAccuracy.measure(a, p, nv);
    }
}
